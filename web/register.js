
// Offline (web/register.js, appended to the loader by `cargo xtask dist`): registers
// this folder's service worker (sw.js) and tells the page, by `data-offline` on <html>
// and an `of-offline` event, when it works offline ("ready") and when a newer build
// waits ("update"); `window.ofApplyUpdate()` activates it and reloads. A blocked
// registration (private windows, some embeds) leaves the page as it was: online only.
(() => {
  const BUILD = '__BUILD__';
  const sw = navigator.serviceWorker;
  if (!sw || !window.isSecureContext) return;
  const root = document.documentElement;
  const say = (state) => {
    root.dataset.offline = state;
    dispatchEvent(new CustomEvent('of-offline', { detail: state }));
  };
  let reload = false;
  sw.addEventListener('controllerchange', () => {
    if (reload) location.reload();
  });
  const buildOf = (worker) =>
    new Promise((resolve) => {
      const channel = new MessageChannel();
      channel.port1.onmessage = (e) => resolve(String(e.data));
      worker.postMessage({ type: 'build' }, [channel.port2]);
      setTimeout(() => resolve(''), 3000);
    });
  // A waiting worker of the build this page already is (the page came fresh from the
  // network) takes over quietly; one of another build is offered.
  const waiting = async (worker) => {
    if (!sw.controller) return;
    if ((await buildOf(worker)) === BUILD) {
      worker.postMessage({ type: 'skip-waiting' });
      return;
    }
    window.ofApplyUpdate = () => {
      reload = true;
      worker.postMessage({ type: 'skip-waiting' });
    };
    say('update');
  };
  sw.register('./sw.js')
    .then((reg) => {
      if (!reg) return;
      sw.ready.then(() => {
        if (root.dataset.offline !== 'update') say('ready');
      });
      if (reg.waiting) waiting(reg.waiting);
      reg.addEventListener('updatefound', () => {
        const worker = reg.installing;
        if (!worker) return;
        worker.addEventListener('statechange', () => {
          if (worker.state === 'installed') waiting(worker);
        });
      });
      setInterval(() => reg.update().catch(() => {}), 60 * 60 * 1000);
    })
    .catch(() => {});
})();
