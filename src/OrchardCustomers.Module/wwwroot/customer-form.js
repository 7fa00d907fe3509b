// The customer form: kind switch, SEPA mandate only for direct debit, IBAN in groups of four, folded sections that open
// on an error, rows added and removed. Without this script the form still works: every field shows and is sent.
(function () {
  "use strict";

  function ready(fn) {
    if (document.readyState !== "loading") fn(); else document.addEventListener("DOMContentLoaded", fn);
  }

  ready(function () {
    var form = document.querySelector("form.customer-form");
    if (!form) return;
    initKind(form);
    initSepa(form);
    initIban(form);
    initErrors(form);
    initRows(form);
  });

  function initKind(form) {
    function sync() {
      var checked = form.querySelector("[data-kind-choice]:checked");
      var kind = checked ? checked.value.toLowerCase() : "company";
      form.setAttribute("data-kind", kind);
      form.querySelectorAll("[data-for-kind]").forEach(function (el) {
        el.hidden = el.getAttribute("data-for-kind") !== kind;
      });
    }
    form.querySelectorAll("[data-kind-choice]").forEach(function (radio) { radio.addEventListener("change", sync); });
    sync();
  }

  // The mandate shows only for SEPA direct debit, or when one of its fields has an error to read. Hidden, its fields
  // are still sent, so that switching the method and back before saving loses nothing typed or stored.
  function initSepa(form) {
    var method = form.querySelector("[data-payment-method]");
    var sepa = form.querySelector("[data-sepa]");
    if (!method || !sepa) return;
    function hasError() {
      return Array.prototype.some.call(sepa.querySelectorAll(".field-error"), function (e) { return e.textContent.trim() !== ""; });
    }
    function sync() { sepa.hidden = method.value !== "SepaDirectDebit" && !hasError(); }
    method.addEventListener("change", sync);
    sync();
  }

  // Groups of four as soon as the field is left: what the user sees is what the panel shows later.
  function initIban(form) {
    form.querySelectorAll("[data-iban]").forEach(function (input) {
      input.addEventListener("blur", function () {
        var compact = input.value.replace(/\s+/g, "").toUpperCase();
        var grouped = compact.replace(/(.{4})(?=.)/g, "$1 ");
        if (grouped !== input.value) input.value = grouped;
      });
    });
  }

  // The server writes each error next to its field. Tie it to the field, so that a screen reader says it with the
  // field, open the fold around it, and take the focus to the first field in error: it may be far down the form.
  function initErrors(form) {
    var firstInvalid = null;
    form.querySelectorAll(".field-error").forEach(function (error, i) {
      var field = error.closest(".field");
      var control = field && error.textContent.trim() && field.querySelector("input:not([type=hidden]), select, textarea");
      if (!control || control.closest("[hidden]")) return;
      var fold = control.closest("details");
      if (fold) fold.open = true;
      if (!error.id) error.id = "field-error-" + i;
      control.setAttribute("aria-invalid", "true");
      var describedBy = control.getAttribute("aria-describedby");
      control.setAttribute("aria-describedby", describedBy ? describedBy + " " + error.id : error.id);
      if (!firstInvalid) firstInvalid = control;
    });
    if (firstInvalid) firstInvalid.focus();
  }

  function initRows(form) {
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
      if (remove) remove.closest("[data-row]").remove();
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
