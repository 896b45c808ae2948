// Gongzhi's service worker: the app must open with no network at all (a meeting room, a kiosk).
// tools/post_build.py replaces the two placeholders below at build time with the build's files
// (the main module and every chunk among them) and a digest of them, so a new build
// installs a new worker and a fresh cache, with every chunk stored before it takes over.
const PRECACHE = __PRECACHE_LIST__;
const VERSION = "__PRECACHE_VERSION__";
const CACHE = `gongzhi-${VERSION}`;

self.addEventListener("install", (event) => {
  event.waitUntil(
    caches.open(CACHE).then((cache) => cache.addAll(PRECACHE)).then(() => self.skipWaiting()),
  );
});

// The build before this one keeps its cache: a tab still running it (opened before the update)
// can open a page it never visited, from its own build's chunks. Chunks and the loader are named
// after their content, so a tab never finds another build's under the names it asks for. Older
// builds' caches go.
self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => {
        // CacheStorage lists caches in the order they were created.
        const builds = keys.filter((k) => k.startsWith("gongzhi-") && k !== CACHE);
        return Promise.all(builds.slice(0, -1).map((k) => caches.delete(k)));
      })
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
  event.respondWith(
    caches
      .match(request, { cacheName: CACHE })
      .then((hit) => hit || caches.match(request))
      .then((hit) => hit || fetch(request)),
  );
});
