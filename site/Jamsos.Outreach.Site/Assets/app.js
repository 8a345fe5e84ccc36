/* Installs sw.js, which keeps the calculator and the pages a visitor has opened for patchy data. */
if ("serviceWorker" in navigator) { navigator.serviceWorker.register("/sw.js"); }
