// TheAdmin: menu toggle, toasts, confirmation dialog, busy buttons, tabs, filter bar and chips, setup progress,
// two-key shortcuts. No dependencies; the admin's CSP allows no inline script, so every behaviour hangs on data-*.
(function () {
  "use strict";
  document.documentElement.classList.add("js");

  function ready(fn) {
    if (document.readyState !== "loading") fn(); else document.addEventListener("DOMContentLoaded", fn);
  }

  ready(function () {
    // Menu on narrow screens.
    var toggle = document.querySelector(".menu-toggle");
    var menu = document.getElementById("admin-menu");
    if (toggle && menu) {
      toggle.addEventListener("click", function () {
        var open = menu.classList.toggle("open");
        toggle.setAttribute("aria-expanded", open ? "true" : "false");
      });
    }

    // Toasts: put into their live region only now, so that screen readers announce what the server rendered.
    document.querySelectorAll("[data-toasts]").forEach(function (region) {
      var toasts = Array.prototype.slice.call(region.children);
      toasts.forEach(function (t) { region.removeChild(t); });
      setTimeout(function () { toasts.forEach(function (t) { region.appendChild(t); }); }, 60);
    });
    document.addEventListener("click", function (e) {
      var dismiss = e.target.closest("[data-dismiss]");
      if (dismiss) {
        var toast = dismiss.parentElement, region = toast.parentElement;
        toast.remove();
        if (region && region.hasAttribute("data-toasts") && region.children.length === 0) region.remove();
      }
      var copy = e.target.closest("[data-copy]");
      if (copy && navigator.clipboard) navigator.clipboard.writeText(copy.getAttribute("data-copy"));
    });
    document.addEventListener("keydown", function (e) {
      if (e.key !== "Escape") return;
      var toast = e.target.closest && e.target.closest("[data-toast]");
      var close = toast && toast.querySelector("[data-dismiss]");
      if (close) close.click();
    });

    // Selects that submit their form when changed (page size).
    document.querySelectorAll("[data-autosubmit]").forEach(function (el) {
      el.addEventListener("change", function () { el.form.requestSubmit ? el.form.requestSubmit() : el.form.submit(); });
    });

    // Actions that ask first. On the button: data-confirm-title names the action ("Kunde löschen"), data-confirm is the
    // optional text, data-confirm-button the label of the dialog's button (the title when missing). A button with
    // class danger (or danger-text) gets a red dialog button.
    var dialog = document.getElementById("confirm-dialog");
    var dialogDefaults = dialog ? {
      title: dialog.querySelector("#confirm-title").textContent,
      ok: dialog.querySelector("[data-testid=confirm-ok]").textContent
    } : null;
    document.addEventListener("click", function (e) {
      var button = e.target.closest("[data-confirm], [data-confirm-title]");
      if (!button || button.dataset.confirmed === "true") return;
      e.preventDefault();
      var title = button.getAttribute("data-confirm-title") || "";
      var message = button.getAttribute("data-confirm") || "";
      if (!dialog || typeof dialog.showModal !== "function") {
        if (window.confirm([title, message].filter(Boolean).join("\n\n"))) submit(button);
        return;
      }
      var ok = dialog.querySelector("[data-testid=confirm-ok]");
      dialog.querySelector("#confirm-title").textContent = title || dialogDefaults.title;
      dialog.querySelector("[data-confirm-message]").textContent = message;
      ok.textContent = button.getAttribute("data-confirm-button") || title || dialogDefaults.ok;
      ok.className = "button " + (/\bdanger(-text)?\b/.test(button.className) ? "danger" : "primary");
      dialog.returnValue = "";
      dialog.onclose = function () {
        if (dialog.returnValue === "ok") submit(button);
        else button.focus();
      };
      dialog.showModal();
    });

    function submit(button) {
      button.dataset.confirmed = "true";
      button.click();
      button.dataset.confirmed = "";
    }

    // Busy buttons: a form with data-busy marks the button that sent it, so a slow answer does not look like a
    // missed click. Opt-in: a download answers without a new page, and its button would stay busy.
    document.addEventListener("submit", function (e) {
      var form = e.target;
      if (e.defaultPrevented || !form.hasAttribute("data-busy")) return;
      var button = e.submitter || form.querySelector("[type=submit]");
      if (!button) return;
      button.classList.add("is-busy");
      button.setAttribute("aria-busy", "true");
      button.setAttribute("aria-disabled", "true");
      var busyText = button.getAttribute("data-busy-text");
      if (busyText) { button.dataset.idleText = button.textContent; button.textContent = busyText; }
      startProgress(form);
    });
    // Back from the next page (bfcache): the buttons are idle again.
    window.addEventListener("pageshow", function (e) {
      if (!e.persisted) return;
      document.querySelectorAll(".is-busy").forEach(function (b) {
        b.classList.remove("is-busy"); b.removeAttribute("aria-busy"); b.removeAttribute("aria-disabled");
        if (b.dataset.idleText) b.textContent = b.dataset.idleText;
      });
      document.querySelectorAll("form[data-submitted]").forEach(function (f) { f.dataset.submitted = ""; });
    });

    // Progress of a long request (setup): <div data-progress-for="form-id" hidden> with a status line and a list of
    // <li data-after="seconds">. The steps light up in the order the server works through them, by elapsed time:
    // the request itself cannot report. The last step stays current until the next page arrives.
    function startProgress(form) {
      if (!form.id) return;
      var panel = document.querySelector("[data-progress-for='" + form.id + "']");
      if (!panel) return;
      panel.hidden = false;
      var steps = Array.prototype.slice.call(panel.querySelectorAll("[data-after]"));
      var status = panel.querySelector("[data-status-line]");
      var started = Date.now();
      function tick() {
        var elapsed = (Date.now() - started) / 1000, current = null;
        steps.forEach(function (li) {
          if (parseFloat(li.getAttribute("data-after")) <= elapsed) current = li;
        });
        steps.forEach(function (li) {
          var before = current && steps.indexOf(li) < steps.indexOf(current);
          li.classList.toggle("done", !!before);
          li.classList.toggle("current", li === current);
        });
        if (current && status && status.textContent !== current.textContent) status.textContent = current.textContent;
      }
      tick();
      setInterval(tick, 500);
    }

    // Tabs: [role=tablist] of buttons with aria-controls; arrow keys move between them. Link tabs need no script.
    document.querySelectorAll("[role=tablist]").forEach(function (list) {
      var tabs = Array.prototype.slice.call(list.querySelectorAll("button[role=tab]"));
      if (tabs.length === 0) return;
      function select(tab, focus) {
        tabs.forEach(function (t) {
          var on = t === tab;
          t.setAttribute("aria-selected", on ? "true" : "false");
          t.tabIndex = on ? 0 : -1;
          var panel = document.getElementById(t.getAttribute("aria-controls"));
          if (panel) panel.hidden = !on;
        });
        if (focus) tab.focus();
      }
      tabs.forEach(function (t) {
        t.addEventListener("click", function () { select(t, false); });
        t.addEventListener("keydown", function (e) {
          var i = tabs.indexOf(t);
          if (e.key === "ArrowRight") { select(tabs[(i + 1) % tabs.length], true); e.preventDefault(); }
          if (e.key === "ArrowLeft") { select(tabs[(i - 1 + tabs.length) % tabs.length], true); e.preventDefault(); }
          if (e.key === "Home") { select(tabs[0], true); e.preventDefault(); }
          if (e.key === "End") { select(tabs[tabs.length - 1], true); e.preventDefault(); }
        });
      });
      select(tabs.filter(function (t) { return t.getAttribute("aria-selected") === "true"; })[0] || tabs[0], false);
    });

    // Filter bar: a button with data-filter-toggle="panel-id" opens and closes the other filters.
    document.querySelectorAll("[data-filter-toggle]").forEach(function (button) {
      var panel = document.getElementById(button.getAttribute("data-filter-toggle"));
      if (!panel) return;
      button.setAttribute("aria-controls", panel.id);
      button.setAttribute("aria-expanded", panel.hidden ? "false" : "true");
      button.addEventListener("click", function () {
        panel.hidden = !panel.hidden;
        button.setAttribute("aria-expanded", panel.hidden ? "false" : "true");
        if (!panel.hidden) { var first = panel.querySelector("input, select, textarea, button"); if (first) first.focus(); }
      });
    });

    // Chips: a chip's remove link already leads to the list without that filter. Inside a form, a remove button with
    // data-clear="name" empties the form's fields of that name and sends the form again instead.
    document.addEventListener("click", function (e) {
      var remove = e.target.closest("[data-clear]");
      if (!remove) return;
      var form = remove.form || document.getElementById(remove.getAttribute("data-form") || "");
      if (!form) return;
      e.preventDefault();
      var name = remove.getAttribute("data-clear");
      Array.prototype.forEach.call(form.elements, function (el) {
        if (el.name !== name) return;
        if (el.type === "checkbox" || el.type === "radio") el.checked = false;
        else if (el.tagName === "SELECT") el.selectedIndex = -1;
        else el.value = "";
      });
      form.requestSubmit ? form.requestSubmit() : form.submit();
    });

    // Forms that must not be sent twice (a double click on "Create").
    document.querySelectorAll("form[data-submit-once]").forEach(function (form) {
      form.addEventListener("submit", function (e) {
        if (form.dataset.submitted === "true") { e.preventDefault(); return; }
        form.dataset.submitted = "true";
      });
    });

    // Two-key shortcuts from data-shortcut="c n" on links; "?" lists them.
    var shortcuts = {};
    document.querySelectorAll("[data-shortcut]").forEach(function (el) {
      var keys = el.getAttribute("data-shortcut");
      if (keys) shortcuts[keys.trim().toLowerCase()] = el;
    });
    var list = document.querySelector("[data-shortcut-list]");
    if (list) {
      Object.keys(shortcuts).forEach(function (keys) {
        var dt = document.createElement("dt");
        keys.split(" ").forEach(function (k) {
          var kbd = document.createElement("kbd"); kbd.textContent = k; dt.appendChild(kbd); dt.appendChild(document.createTextNode(" "));
        });
        var dd = document.createElement("dd");
        dd.textContent = shortcuts[keys].textContent.trim();
        list.appendChild(dt); list.appendChild(dd);
      });
    }

    var pending = null, pendingTimer = 0;
    document.addEventListener("keydown", function (e) {
      if (e.ctrlKey || e.metaKey || e.altKey) return;
      var t = e.target;
      if (t && (t.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName))) return;
      var key = e.key.toLowerCase();
      if (key === "?") {
        var help = document.getElementById("shortcuts-dialog");
        if (help && help.showModal) { help.showModal(); e.preventDefault(); }
        return;
      }
      if (pending) {
        var target = shortcuts[pending + " " + key];
        pending = null; clearTimeout(pendingTimer);
        if (target) { e.preventDefault(); target.click(); }
        return;
      }
      var starts = Object.keys(shortcuts).some(function (k) { return k.split(" ")[0] === key; });
      if (starts) {
        pending = key;
        pendingTimer = setTimeout(function () { pending = null; }, 1500);
      }
    });
  });
})();
