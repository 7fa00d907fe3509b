// Customers list: the side panel without a page load, bulk selection, the filter drop-down and the row menus.
// Everything also works without this script: links and forms fall back to full page loads.
(function () {
  "use strict";

  function ready(fn) {
    if (document.readyState !== "loading") fn(); else document.addEventListener("DOMContentLoaded", fn);
  }

  ready(function () {
    initPanel();
    initBulk();
    initFilterPanel();
    initRowMenus();
  });

  function here() { return location.pathname + location.search; }

  function initPanel() {
    var container = document.getElementById("customer-panel");
    if (!container) return;
    var layout = container.closest(".customers-layout");

    function syncReturnUrls() {
      container.querySelectorAll("[data-return-url]").forEach(function (input) { input.value = here(); });
    }

    function select(id) {
      document.querySelectorAll("[data-testid=customer-row]").forEach(function (row) {
        row.classList.toggle("selected", row.getAttribute("data-id") === String(id));
      });
    }

    function open(link, push) {
      fetch(link.getAttribute("data-panel-url"), { headers: { "X-Requested-With": "fetch" }, credentials: "same-origin" })
        .then(function (response) {
          if (!response.ok) throw new Error(response.status);
          return response.text();
        })
        .then(function (html) {
          container.innerHTML = html;
          layout.classList.add("with-panel");
          select(link.getAttribute("data-panel-id"));
          if (push) history.pushState({ panel: true }, "", link.href);
          syncReturnUrls();
          var title = container.querySelector("[data-testid=panel-title]");
          if (title) { title.setAttribute("tabindex", "-1"); title.focus(); }
        })
        .catch(function () { location.href = link.href; });
    }

    function close(push) {
      container.innerHTML = "";
      layout.classList.remove("with-panel");
      select(null);
      if (push) history.pushState({}, "", container.getAttribute("data-close-url"));
    }

    document.addEventListener("click", function (e) {
      var link = e.target.closest("a[data-panel-id]");
      if (link && !e.ctrlKey && !e.metaKey && !e.shiftKey && e.button === 0) {
        e.preventDefault();
        open(link, true);
        return;
      }
      if (e.target.closest("[data-panel-close]")) {
        e.preventDefault();
        close(true);
      }
    });

    document.addEventListener("keydown", function (e) {
      if (e.key === "Escape" && layout.classList.contains("with-panel") && !document.querySelector("dialog[open], .cl-filter-more[open]")) close(true);
    });

    window.addEventListener("popstate", function () { location.reload(); });
    syncReturnUrls();
  }

  // The bulk bar shows only while rows are checked (without this script it stays visible), and counts them; a bulk
  // delete asks with the count in the dialog's title ("2 Kunden löschen"), singular or plural as the server wrote them.
  function initBulk() {
    var form = document.getElementById("bulk-form");
    if (!form) return;
    var all = form.querySelector("[data-select-all]");
    var bar = form.querySelector("[data-cl-bulk-bar]");
    var count = form.querySelector("[data-cl-bulk-count]");
    var action = form.querySelector("[data-testid=bulk-action]");
    var category = form.querySelector("[data-testid=bulk-category]");
    var apply = form.querySelector("[data-testid=bulk-apply]");

    function checkedCount() { return form.querySelectorAll("input[name=Ids]:checked").length; }
    function plural(el, prefix, n) {
      var text = el.getAttribute(prefix + (n === 1 ? "one" : "other")) || "";
      return text.replace("{0}", String(n));
    }

    function sync() {
      var n = checkedCount();
      if (bar) bar.hidden = n === 0;
      if (count) count.textContent = plural(count, "data-", n);
      if (all) {
        var boxes = form.querySelectorAll("input[name=Ids]").length;
        all.checked = boxes > 0 && n === boxes;
        all.indeterminate = n > 0 && n < boxes;
      }
      if (!action || !apply) return;
      if (category) category.hidden = action.value !== "SetCategory";
      if (action.value === "Delete") {
        apply.setAttribute("data-confirm", plural(apply, "data-delete-confirm-", n));
        apply.setAttribute("data-confirm-title", plural(apply, "data-delete-title-", n));
        apply.setAttribute("data-confirm-button", apply.getAttribute("data-delete-ok") || "");
      } else {
        apply.removeAttribute("data-confirm");
        apply.removeAttribute("data-confirm-title");
        apply.removeAttribute("data-confirm-button");
      }
    }

    if (all) {
      all.addEventListener("change", function () {
        form.querySelectorAll("input[name=Ids]").forEach(function (box) { box.checked = all.checked; });
        sync();
      });
    }
    form.addEventListener("change", function (e) {
      if (e.target.matches("input[name=Ids], [data-testid=bulk-action]")) sync();
    });
    sync();
  }

  // The filters behind the Filter button drop down over the list: a click elsewhere or Escape folds them away again.
  function initFilterPanel() {
    var more = document.querySelector(".cl-filter-more");
    if (!more) return;
    document.addEventListener("click", function (e) {
      if (more.open && !more.contains(e.target)) more.open = false;
    });
    document.addEventListener("keydown", function (e) {
      if (e.key === "Escape" && more.open) {
        more.open = false;
        more.querySelector("summary").focus();
      }
    });
  }

  // The table scrolls sideways on narrow screens, so it clips what sticks out of it: a row menu that opened inside it
  // was cut off below the last rows. An open menu is placed over the page instead, below its button (or above, when
  // there is no room below), and closes when the page or the table scrolls, or on a click elsewhere.
  function initRowMenus() {
    var menus = document.querySelectorAll("details.row-menu");
    if (menus.length === 0) return;

    function place(menu) {
      var panel = menu.querySelector(".row-menu-panel");
      var button = menu.querySelector("summary").getBoundingClientRect();
      panel.style.position = "fixed";
      panel.style.right = Math.max(0, document.documentElement.clientWidth - button.right) + "px";
      var height = panel.offsetHeight;
      var top = button.bottom + 4;
      if (top + height > window.innerHeight && button.top - 4 - height >= 0) top = button.top - 4 - height;
      panel.style.top = top + "px";
    }

    function closeAll(except) {
      menus.forEach(function (menu) { if (menu !== except && menu.open) menu.open = false; });
    }

    menus.forEach(function (menu) {
      menu.addEventListener("toggle", function () {
        var panel = menu.querySelector(".row-menu-panel");
        if (menu.open) { closeAll(menu); place(menu); } else { panel.removeAttribute("style"); }
      });
    });
    document.addEventListener("scroll", function () { closeAll(null); }, { capture: true, passive: true });
    window.addEventListener("resize", function () { closeAll(null); });
    document.addEventListener("click", function (e) {
      if (!e.target.closest("details.row-menu") || e.target.closest(".row-menu-panel a")) closeAll(null);
    });
  }
})();
