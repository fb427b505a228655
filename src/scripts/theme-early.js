// Blocking, in <head>: a stored theme applies before the first paint (see Base.astro).
try{var t=localStorage.getItem('theme');if(t==='light'||t==='dark')document.documentElement.dataset.theme=t}catch(e){}
