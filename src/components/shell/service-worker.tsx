// Registers the service worker (public/sw.js, decision 147) with a few bytes of inline script,
// not a client component: the public pages' JavaScript budget stays as it was. On the first visit
// the page was loaded before the worker existed, so it hands the worker the page and the files it
// used (Serwist's CACHE_URLS message), which makes the page work offline from the first visit on.
const REGISTER = `if("serviceWorker"in navigator)addEventListener("load",function(){var w=navigator.serviceWorker,first=!w.controller;w.register("/sw.js").then(function(){return w.ready}).then(function(r){if(!first||!r.active)return;var o=location.origin,u=[location.pathname].concat(performance.getEntriesByType("resource").map(function(e){return e.name}).filter(function(n){return n.indexOf(o+"/_next/static/")===0}));r.active.postMessage({type:"CACHE_URLS",payload:{urlsToCache:u}})}).catch(function(){})})`;

export function ServiceWorkerRegistration(props: { enabled: boolean }) {
  // Not in development: there is no built worker, and a stale one would serve old pages.
  if (!props.enabled) return null;
  return <script dangerouslySetInnerHTML={{ __html: REGISTER }} />;
}
