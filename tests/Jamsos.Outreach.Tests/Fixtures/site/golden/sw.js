/* Offline copies for a worker on patchy mobile data. The build (WriteWebAppStep) fills in PRECACHE: the
   home pages, the calculators and the hashed stylesheet and scripts they need. Pages are fetched from the
   network first, so an online visitor always gets today's build, and a copy is kept of every page
   opened; offline, the copy is served (a calculator deep link included: its query is ignored). Hashed
   /assets/ files never change, so the cache answers them first. The cache is named after the list, which
   holds the files' hashes: a new build's worker drops the old copies. */
"use strict";
var PRECACHE = ["/", "/kalkulator/", "/en/", "/en/calculator/", "/assets/site.HASH.css", "/assets/app.HASH.js", "/assets/calculator.HASH.js", "/assets/live.HASH.js", "/assets/icon.7c76145b88.svg"], CACHE = "jamsos " + PRECACHE.join(" ");

self.addEventListener("install", function (e) {
  e.waitUntil(caches.open(CACHE).then(function (c) { return c.addAll(PRECACHE); }).then(function () { return self.skipWaiting(); }));
});

self.addEventListener("activate", function (e) {
  e.waitUntil(caches.keys().then(function (keys) {
    return Promise.all(keys.filter(function (k) { return k !== CACHE; }).map(function (k) { return caches.delete(k); }));
  }).then(function () { return self.clients.claim(); }));
});

self.addEventListener("fetch", function (e) {
  var r = e.request, url = new URL(r.url);
  if (r.method !== "GET" || url.origin !== location.origin) { return; }
  if (url.pathname.indexOf("/assets/") === 0) {
    e.respondWith(caches.match(r).then(function (hit) { return hit || fetch(r).then(function (res) { return keep(r, res); }); }));
  } else if (r.mode === "navigate") {
    e.respondWith(fetch(r).then(function (res) { return keep(new Request(url.origin + url.pathname), res); }, function () {
      return caches.match(url.pathname, { ignoreSearch: true }).then(function (hit) { return hit || caches.match("/"); });
    }));
  }
});

/* Keeps a copy of a good response (never a 404 page or an error). */
function keep(key, res) {
  if (res.ok) {
    var copy = res.clone();
    caches.open(CACHE).then(function (c) { return c.put(key, copy); });
  }
  return res;
}
