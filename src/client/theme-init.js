// Runs before first paint (inline in <head>): apply a saved light/dark choice.
try{var t=localStorage.getItem("theme");if(t==="light"||t==="dark")document.documentElement.dataset.theme=t}catch(e){}
