// Customers: the side panel without a page load, bulk selection, and the customer form's rows and toggles.
// Everything also works without this script: links and forms fall back to full page loads.
(function () {
  "use strict";

  function ready(fn) {
    if (document.readyState !== "loading") fn(); else document.addEventListener("DOMContentLoaded", fn);
  }

  ready(function () {
    initPanel();
    initBulk();
    initConfirmTitles();
    initFilterPanel();
    initRowMenus();
    initForm();
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
        apply.setAttribute("data-confirm-ok", apply.getAttribute("data-delete-ok") || "");
      } else {
        apply.removeAttribute("data-confirm");
        apply.removeAttribute("data-confirm-title");
        apply.removeAttribute("data-confirm-ok");
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

  // The confirmation dialog names the action it confirms ("Kunde löschen") and its button says what happens. The
  // theme's dialog shows the question; this runs first (capture phase) and puts title and button text in place.
  function initConfirmTitles() {
    var dialog = document.getElementById("confirm-dialog");
    if (!dialog) return;
    var title = dialog.querySelector("h2, [id=confirm-title]");
    var ok = dialog.querySelector("[value=ok]");
    var defaultTitle = title ? title.textContent : "";
    var defaultOk = ok ? ok.textContent : "";
    document.addEventListener("click", function (e) {
      var button = e.target.closest("[data-confirm]");
      if (!button) return;
      if (title) title.textContent = button.getAttribute("data-confirm-title") || defaultTitle;
      if (ok) ok.textContent = button.getAttribute("data-confirm-ok") || defaultOk;
    }, true);
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

  function initForm() {
    var form = document.querySelector("form.customer-form");
    if (!form) return;

    function syncKind() {
      var checked = form.querySelector("[data-kind-choice]:checked");
      var kind = checked ? checked.value.toLowerCase() : "company";
      form.setAttribute("data-kind", kind);
      form.querySelectorAll("[data-for-kind]").forEach(function (el) {
        var shown = el.getAttribute("data-for-kind") === kind;
        el.hidden = !shown;
      });
    }
    form.querySelectorAll("[data-kind-choice]").forEach(function (radio) { radio.addEventListener("change", syncKind); });
    syncKind();

    var method = form.querySelector("[data-payment-method]");
    var sepa = form.querySelector("[data-sepa]");
    function syncSepa() {
      if (!method || !sepa) return;
      var hasValues = Array.prototype.some.call(sepa.querySelectorAll("input"), function (i) { return i.value; });
      sepa.hidden = method.value !== "SepaDirectDebit" && !hasValues;
    }
    if (method) { method.addEventListener("change", syncSepa); syncSepa(); }

    // The server writes each error next to its field. Tie it to the field, so that a screen reader says it with the
    // field, and take the focus (and the screen) to the first field in error: it may be far down the long form.
    var firstInvalid = null;
    form.querySelectorAll(".field-error").forEach(function (error, i) {
      var field = error.closest(".field");
      var control = field && error.textContent.trim() && field.querySelector("input:not([type=hidden]), select, textarea");
      if (!control || control.closest("[hidden]")) return;
      if (!error.id) error.id = "field-error-" + i;
      control.setAttribute("aria-invalid", "true");
      var describedBy = control.getAttribute("aria-describedby");
      control.setAttribute("aria-describedby", describedBy ? describedBy + " " + error.id : error.id);
      if (!firstInvalid) firstInvalid = control;
    });
    if (firstInvalid) firstInvalid.focus();

    form.addEventListener("click", function (e) {
      var add = e.target.closest("[data-add-row]");
      if (add) {
        var rows = add.closest("[data-rows]");
        var template = rows.querySelector("template[data-row-template]");
        var count = rows.querySelectorAll(":scope > [data-row]").length;
        var html = template.innerHTML.replace(/__index__/g, String(count + 1000));
        add.insertAdjacentHTML("beforebegin", html);
        var first = add.previousElementSibling.querySelector("input:not([type=hidden]), select");
        if (first) first.focus();
        return;
      }
      var remove = e.target.closest("[data-remove-row]");
      if (remove) {
        remove.closest("[data-row]").remove();
      }
    });

    // The server binds rows by position: number them 0, 1, 2… again after rows were added or removed.
    form.addEventListener("submit", function () {
      form.querySelectorAll("[data-rows]").forEach(function (rows) {
        rows.querySelectorAll(":scope > [data-row]").forEach(function (row, index) {
          row.querySelectorAll("[name]").forEach(function (el) {
            el.name = el.name.replace(/^(Input\.\w+)\[[^\]]+\]/, "$1[" + index + "]");
          });
        });
      });
    });
  }
})();
