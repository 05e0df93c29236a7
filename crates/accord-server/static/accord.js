// Accord's only script: progressive enhancements. Every page works without it.
(function () {
  "use strict";
  document.addEventListener("DOMContentLoaded", function () {
    // Move focus to the error summary so screen-reader users hear what went wrong.
    var summary = document.querySelector("[data-focus-on-load]");
    if (summary) { summary.focus(); }
    // "Copy" buttons for one-time secrets.
    document.querySelectorAll("[data-copy]").forEach(function (button) {
      var target = document.getElementById(button.getAttribute("data-copy"));
      if (!target || !navigator.clipboard) { return; }
      button.hidden = false;
      button.addEventListener("click", function () {
        navigator.clipboard.writeText(target.value).then(function () {
          button.textContent = button.getAttribute("data-copied");
        });
      });
    });
  });
})();

// In-browser verification of a transparency-log entry (progressive enhancement): recompute
// the RFC 9162 leaf hash and the root from the inclusion proof with WebCrypto's SHA-256, and
// check the Ed25519 signature where the browser supports it. Mirrors accord_ledger exactly.
(function () {
  "use strict";
  function bytes(b64) { var s = atob(b64), out = new Uint8Array(s.length); for (var i = 0; i < s.length; i++) { out[i] = s.charCodeAt(i); } return out; }
  function concat(parts) { var n = 0; parts.forEach(function (p) { n += p.length; }); var out = new Uint8Array(n), o = 0; parts.forEach(function (p) { out.set(p, o); o += p.length; }); return out; }
  function sha256(data) { return crypto.subtle.digest("SHA-256", data).then(function (d) { return new Uint8Array(d); }); }
  function equal(a, b) { if (a.length !== b.length) { return false; } for (var i = 0; i < a.length; i++) { if (a[i] !== b[i]) { return false; } } return true; }
  function u64(n) { var out = new Uint8Array(8), v = BigInt(n); for (var i = 7; i >= 0; i--) { out[i] = Number(v & 255n); v >>= 8n; } return out; }

  // RFC 9162 §2.1.3.2: root from leaf hash and inclusion path.
  async function rootFromPath(leaf, index, size, path) {
    var fn = BigInt(index), sn = BigInt(size) - 1n, r = leaf;
    for (var i = 0; i < path.length; i++) {
      var p = path[i];
      if (sn === 0n) { return null; }
      if ((fn & 1n) === 1n || fn === sn) {
        r = await sha256(concat([new Uint8Array([1]), p, r]));
        if ((fn & 1n) === 0n) { while ((fn & 1n) === 0n && fn !== 0n) { fn >>= 1n; sn >>= 1n; } }
      } else {
        r = await sha256(concat([new Uint8Array([1]), r, p]));
      }
      fn >>= 1n; sn >>= 1n;
    }
    return sn === 0n ? r : null;
  }

  async function verify(box) {
    var d = box.dataset;
    var envelope = bytes(d.envelope), signature = bytes(d.signature);
    var leafData = await sha256(concat([u64(envelope.length), envelope, signature]));
    var leaf = await sha256(concat([new Uint8Array([0]), leafData]));
    var path = d.proof.trim() === "" ? [] : d.proof.trim().split(/\s+/).map(bytes);
    var root = await rootFromPath(leaf, d.index, d.size, path);
    if (!root || !equal(root, bytes(d.root))) { return d.failed; }
    try {
      var key = await crypto.subtle.importKey("raw", bytes(d.publicKey), { name: "Ed25519" }, false, ["verify"]);
      var message = concat([new TextEncoder().encode("accord/record/v1\n"), envelope]);
      var ok = await crypto.subtle.verify({ name: "Ed25519" }, key, signature, message);
      return ok ? d.ok : d.failed;
    } catch (e) {
      return d.rootOk;
    }
  }

  document.addEventListener("DOMContentLoaded", function () {
    var box = document.getElementById("verify-in-browser");
    if (!box || !window.crypto || !crypto.subtle) { return; }
    var button = box.querySelector("button"), result = box.querySelector(".verify-result");
    button.hidden = false;
    button.addEventListener("click", function () {
      verify(box).then(function (text) { result.textContent = text; }, function () { result.textContent = box.dataset.failed; });
    });
  });
})();

// The opinion map follows the analysis as votes arrive (progressive enhancement): while the tab
// is visible, ask for the map every few seconds and swap it in when its result version changed.
(function () {
  "use strict";
  var EVERY_MS = 3000, MAX_POLLS = 400;
  document.addEventListener("DOMContentLoaded", function () {
    var live = document.getElementById("map-live");
    if (!live || !window.fetch) { return; }
    var polls = 0;
    function later() { if (++polls < MAX_POLLS) { setTimeout(poll, EVERY_MS); } }
    function poll() {
      if (document.hidden) { later(); return; }
      fetch(live.dataset.src, { credentials: "same-origin", headers: { "Accept": "text/html" } })
        .then(function (response) {
          var version = response.headers.get("X-Accord-Result-Version");
          if (!response.ok || version === null || version === live.dataset.version) { return null; }
          return response.text().then(function (html) {
            live.innerHTML = html;
            live.dataset.version = version;
          });
        })
        .catch(function () { /* offline for a moment: try again at the next poll */ })
        .then(later);
    }
    setTimeout(poll, EVERY_MS / 2);
  });
})();
