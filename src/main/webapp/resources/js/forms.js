/*
 * Nothing typed in one form is lost when another form of the same page is sent. A page that has several forms posts
 * one of them; whatever the answer (a refusal shows the page again, a success shows it anew), the other forms come
 * back from the server with what is stored. So, just before a form is sent, what the person typed in the page's other
 * forms (and did not send) is kept in this tab's session storage, and put back into the same fields of the page that
 * answers, if it is the same page, within two minutes; those forms are then marked as holding unsent text, and
 * leaving the page asks first. Passwords and files are never kept. Without scripts, the pages still work: the other
 * forms then show what is stored.
 */
(function () {
    'use strict';
    var KEY = 'kpcs.unsent';
    var FRESH_MS = 120000;
    // a form's id is read as an attribute: a form with a field named "id" hides its id property behind the field
    function idOf(form) {
        return form.getAttribute('id');
    }
    var forms = Array.prototype.slice.call(document.querySelectorAll('form[id]'))
        .filter(function (f) { return !f.hasAttribute('data-no-keep') && idOf(f) !== 'logout'; });
    if (forms.length === 0 || !window.sessionStorage) {
        return;
    }
    var sending = null;

    function page() {
        return location.pathname;
    }

    function keepable(field) {
        var type = (field.type || '').toLowerCase();
        return field.name && !field.disabled && type !== 'password' && type !== 'file' && type !== 'hidden'
            && type !== 'submit' && type !== 'button' && type !== 'reset' && !field.readOnly
            && field.name.indexOf('jakarta.faces') !== 0 && field.name !== 'primefaces.nonce';
    }

    function fields(form) {
        return Array.prototype.filter.call(form.querySelectorAll('input, textarea, select'), keepable);
    }

    function valueOf(field) {
        if (field.type === 'checkbox' || field.type === 'radio') {
            return field.checked;
        }
        if (field.tagName === 'SELECT' && field.multiple) {
            return Array.prototype.filter.call(field.options, function (o) { return o.selected; })
                .map(function (o) { return o.value; });
        }
        return field.value;
    }

    function setValue(field, value) {
        if (field.type === 'checkbox' || field.type === 'radio') {
            field.checked = value === true;
        } else if (field.tagName === 'SELECT' && field.multiple && Array.isArray(value)) {
            Array.prototype.forEach.call(field.options, function (o) { o.selected = value.indexOf(o.value) >= 0; });
        } else if (typeof value === 'string') {
            field.value = value;
        }
    }

    /** A field's key in its form: radios and checkboxes of one name share it, so their value is part of it. */
    function keyOf(field) {
        return field.type === 'radio' || field.type === 'checkbox' ? field.name + '=' + field.value : field.name;
    }

    function markUnsent(form) {
        form.setAttribute('data-unsent', 'true');
    }

    forms.forEach(function (form) {
        form.addEventListener('input', function () { markUnsent(form); });
        form.addEventListener('change', function () { markUnsent(form); });
        form.addEventListener('submit', function () {
            sending = form;
            var kept = {};
            forms.forEach(function (other) {
                if (other === form || other.getAttribute('data-unsent') !== 'true') {
                    return;
                }
                var values = {};
                fields(other).forEach(function (f) { values[keyOf(f)] = valueOf(f); });
                kept[idOf(other)] = values;
            });
            try {
                if (Object.keys(kept).length > 0) {
                    sessionStorage.setItem(KEY, JSON.stringify({page: page(), at: Date.now(), forms: kept}));
                } else {
                    sessionStorage.removeItem(KEY);
                }
            } catch (e) {
                // storage full or refused: the other forms show what is stored
            }
        });
    });

    // what the person typed before the last post, put back where it was
    try {
        var saved = JSON.parse(sessionStorage.getItem(KEY) || 'null');
        sessionStorage.removeItem(KEY);
        if (saved && saved.page === page() && Date.now() - saved.at < FRESH_MS) {
            Object.keys(saved.forms).forEach(function (id) {
                var form = document.getElementById(id);
                if (!form || form.tagName !== 'FORM') {
                    return;
                }
                var values = saved.forms[id];
                fields(form).forEach(function (f) {
                    if (Object.prototype.hasOwnProperty.call(values, keyOf(f))) {
                        setValue(f, values[keyOf(f)]);
                    }
                });
                markUnsent(form);
            });
        }
    } catch (e) {
        // nothing kept, or kept by an older page: nothing to put back
    }

    window.addEventListener('beforeunload', function (e) {
        var unsent = forms.some(function (f) {
            return f !== sending && f.getAttribute('data-unsent') === 'true';
        });
        if (unsent && sending === null) {
            e.preventDefault();
            e.returnValue = '';
            return '';
        }
        return undefined;
    });
}());
