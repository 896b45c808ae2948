// Gongzhi's service worker: the app must open with no network at all (a meeting room, a kiosk).
// tools/post_build.py replaces the two placeholders below at build time with the hashed build
// outputs and a digest of them, so a new build installs a new worker and a fresh cache.
const PRECACHE = __PRECACHE_LIST__;
const VERSION = "__PRECACHE_VERSION__";
const CACHE = `gongzhi-${VERSION}`;

self.addEventListener("install", (event) => {
  event.waitUntil(
    caches.open(CACHE).then((cache) => cache.addAll(PRECACHE)).then(() => self.skipWaiting()),
  );
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith("gongzhi-") && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET" || new URL(request.url).origin !== self.location.origin) {
    return;
  }
  // Every route is the single-page app: a deep link such as /settings gets index.html.
  if (request.mode === "navigate") {
    event.respondWith(
      caches.match("/index.html", { cacheName: CACHE }).then((hit) => hit || fetch(request)),
    );
    return;
  }
  event.respondWith(caches.match(request, { cacheName: CACHE }).then((hit) => hit || fetch(request)));
});
