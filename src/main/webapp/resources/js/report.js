/*
 * The report form saves itself: every answer goes to the API as it changes (text after a short pause, choices at
 * once), naming the version of the answer this page last saw (If-Match). The page says what is saving, saved or not
 * saved; a failed save is retried until it goes through, and nothing typed is dropped. When someone else changed
 * the answer meanwhile (412), both values are shown, with who saved the other one and when, and the person chooses;
 * until then that answer is not saved, the page says so and leaving asks first. A 412 whose stored answer is the one
 * sent (a save resent after its answer was lost) is a save. No answer lives only in the browser longer than a save
 * takes: leaving with unsaved answers asks first.
 */
(function () {
    'use strict';
    var root = document.getElementById('report');
    if (!root) {
        return;
    }
    var api = root.getAttribute('data-api');
    var editable = root.getAttribute('data-editable') === 'true';
    var status = document.getElementById('save-status');
    var texts = {};
    Array.prototype.forEach.call(document.querySelectorAll('#texts [data-key]'), function (li) {
        texts[li.getAttribute('data-key')] = li.textContent;
    });
    var questions = Array.prototype.slice.call(document.querySelectorAll('fieldset.question'));
    var byCode = {};
    questions.forEach(function (q) { byCode[q.getAttribute('data-code')] = q; });
    var pending = {};   // code -> true while a change waits to be saved
    var inFlight = {};  // code -> true while a save is on its way
    var timers = {};
    var retryDelay = {};
    var conflicts = {}; // code -> true while the person has not chosen between their answer and another's
    var lang = document.documentElement.getAttribute('lang') || 'en';

    function text(key) { return texts[key] || key; }

    /** The server's answer: its status and its JSON body (empty when it sent none). */
    function answerOf(response) {
        return response.json().catch(function () { return {}; }).then(function (json) {
            return {status: response.status, json: json};
        });
    }

    function value(q) {
        var type = q.getAttribute('data-type');
        if (type === 'LONG_TEXT' || type === 'NUMBER' || type === 'DATE') {
            var v = q.querySelector('.answer').value;
            return v === '' ? null : v;
        }
        if (type === 'YES_NO' || type === 'SINGLE_CHOICE') {
            var checked = q.querySelector('input[type=radio]:checked');
            return checked ? checked.value : null;
        }
        if (type === 'MULTIPLE_CHOICE') {
            return Array.prototype.map.call(q.querySelectorAll('input[type=checkbox]:not(.kp):checked'),
                function (c) { return c.value; });
        }
        if (type === 'TABLE') {
            var rows = [];
            Array.prototype.forEach.call(q.querySelectorAll('table.answer-table tbody tr'), function (tr) {
                var row = {};
                var any = false;
                Array.prototype.forEach.call(tr.querySelectorAll('input[data-column]'), function (input) {
                    row[input.getAttribute('data-column')] = input.value;
                    any = any || input.value !== '';
                });
                if (any) {
                    rows.push(row);
                }
            });
            return rows;
        }
        return undefined;
    }

    function setValue(q, v) {
        var type = q.getAttribute('data-type');
        if (type === 'LONG_TEXT' || type === 'NUMBER' || type === 'DATE') {
            q.querySelector('.answer').value = v === null || v === undefined ? '' : String(v);
        } else if (type === 'YES_NO' || type === 'SINGLE_CHOICE') {
            Array.prototype.forEach.call(q.querySelectorAll('input[type=radio]'), function (r) { r.checked = r.value === v; });
        } else if (type === 'MULTIPLE_CHOICE') {
            var chosen = Array.isArray(v) ? v : [];
            Array.prototype.forEach.call(q.querySelectorAll('input[type=checkbox]:not(.kp)'),
                function (c) { c.checked = chosen.indexOf(c.value) >= 0; });
        } else if (type === 'TABLE') {
            var body = q.querySelector('table.answer-table tbody');
            body.innerHTML = '';
            (Array.isArray(v) ? v : []).forEach(function (row) {
                var tr = addRow(q);
                Array.prototype.forEach.call(tr.querySelectorAll('input[data-column]'), function (input) {
                    var cell = row[input.getAttribute('data-column')];
                    input.value = cell === null || cell === undefined ? '' : String(cell);
                });
            });
        }
    }

    function shown(q) {
        var on = q.getAttribute('data-if-code');
        if (!on) {
            return true;
        }
        var other = byCode[on];
        return !!other && shown(other) && value(other) === q.getAttribute('data-if-equals');
    }

    function isEmpty(v) {
        return v === null || v === undefined || (Array.isArray(v) && v.length === 0)
            || (typeof v === 'string' && v.trim() === '');
    }

    function refresh() {
        var totals = {};
        questions.forEach(function (q) {
            var visible = shown(q);
            q.hidden = !visible;
            var section = q.closest('section').id.substring(2);
            totals[section] = totals[section] || {done: 0, all: 0};
            if (visible && q.getAttribute('data-required') === 'true') {
                totals[section].all++;
                var v = value(q);
                if (q.getAttribute('data-type') === 'FILE') {
                    v = q.querySelector('.file-name').textContent.trim();
                }
                if (!isEmpty(v)) {
                    totals[section].done++;
                }
            }
        });
        Array.prototype.forEach.call(document.querySelectorAll('.meter[data-section]'), function (m) {
            var t = totals[m.getAttribute('data-section')] || {done: 0, all: 0};
            m.textContent = text('answered').replace('{0}', t.done).replace('{1}', t.all);
        });
    }

    /** How many answers are not saved: waiting, on their way, or waiting for the person's choice. */
    function unsavedCount() {
        return Object.keys(pending).length + Object.keys(inFlight).length + Object.keys(conflicts).length;
    }

    function showState(q, key) {
        q.querySelector('.save-state').textContent = key ? text(key) : '';
        var waiting = Object.keys(pending).length + Object.keys(inFlight).length;
        var failing = Object.keys(retryDelay).length;
        if (Object.keys(conflicts).length > 0) {
            status.textContent = text('awaitingChoice');
            status.className = 'save-status failing';
        } else if (failing > 0) {
            status.textContent = text('retrying');
            status.className = 'save-status failing';
        } else if (waiting > 0) {
            status.textContent = text('saving');
            status.className = 'save-status saving';
        } else {
            status.textContent = text('allSaved');
            status.className = 'save-status saved';
        }
    }

    function schedule(q, delay) {
        var code = q.getAttribute('data-code');
        if (conflicts[code]) {
            return; // kept as typed until the person chooses which version stays
        }
        pending[code] = true;
        showState(q, 'saving');
        clearTimeout(timers[code]);
        timers[code] = setTimeout(function () { save(q); }, delay);
    }

    function save(q) {
        var code = q.getAttribute('data-code');
        if (inFlight[code]) {
            return; // saved again once the current save returns
        }
        delete pending[code];
        inFlight[code] = true;
        var body = JSON.stringify({value: value(q), kpOnly: q.querySelector('input.kp').checked});
        fetch(api + '/answers/' + encodeURIComponent(code), {
            method: 'PUT',
            credentials: 'same-origin',
            headers: {'Content-Type': 'application/json; charset=UTF-8', 'Accept': 'application/json',
                'If-Match': '"' + q.getAttribute('data-version') + '"'},
            body: body
        }).then(answerOf).then(function (r) {
            delete inFlight[code];
            if (r.status === 200) {
                delete retryDelay[code];
                q.setAttribute('data-version', r.json.version);
                q.querySelector('.problem').textContent = r.json.problem ? text(r.json.problem) : '';
                q.classList.toggle('invalid', !!r.json.problem);
                showState(q, pending[code] ? 'saving' : 'saved');
                if (pending[code]) {
                    save(q);
                }
            } else if (r.status === 412 && sameAsSent(r.json, body)) {
                // what this page sent is what is stored (a resend after a lost answer): saved
                delete retryDelay[code];
                q.setAttribute('data-version', r.json.current.version);
                showState(q, pending[code] ? 'saving' : 'saved');
                if (pending[code]) {
                    save(q);
                }
            } else if (r.status === 412) {
                delete retryDelay[code];
                conflict(q, r.json);
                showState(q, 'awaitingChoiceShort');
            } else if (r.status === 401 || r.status === 403 || r.status === 409 || r.status === 422) {
                delete retryDelay[code];
                pending[code] = true; // kept as typed, not saved
                q.querySelector('.problem').textContent = r.json.detail || r.json.message || text('unsaved');
                showState(q, 'unsaved');
            } else {
                retry(q);
            }
            refresh();
        }, function () {
            delete inFlight[code];
            retry(q);
        });
    }

    function retry(q) {
        var code = q.getAttribute('data-code');
        pending[code] = true;
        var delay = Math.min((retryDelay[code] || 1000) * 2, 30000);
        retryDelay[code] = delay;
        showState(q, 'offline');
        clearTimeout(timers[code]);
        timers[code] = setTimeout(function () { save(q); }, delay);
    }

    /** Whether a 412's stored answer is the one this page sent (its value and its KP-only mark). */
    function sameAsSent(json, sent) {
        if (!json || !json.current) {
            return false;
        }
        var mine = JSON.parse(sent);
        var empty = function (v) {
            return v === null || v === undefined || (Array.isArray(v) && v.length === 0) || v === '';
        };
        var same = empty(mine.value) ? empty(json.current.value)
            : JSON.stringify(mine.value) === JSON.stringify(json.current.value);
        return same && !!mine.kpOnly === !!json.current.kpOnly;
    }

    /** Who saved the other version and when, in the reader's language. */
    function savedBy(current) {
        var who = current.updatedByName || current.updatedBy || '—';
        var when = '';
        if (current.updatedAt) {
            try {
                when = new Intl.DateTimeFormat(lang, {dateStyle: 'long', timeStyle: 'short'})
                    .format(new Date(current.updatedAt));
            } catch (e) {
                when = current.updatedAt;
            }
        }
        return text('savedBy').replace('{0}', who).replace('{1}', when);
    }

    function conflict(q, json) {
        var current = json.current || {value: null, version: 0};
        var code = q.getAttribute('data-code');
        conflicts[code] = true;
        delete pending[code];
        var box = q.querySelector('.conflict') || document.createElement('div');
        box.className = 'conflict';
        box.setAttribute('role', 'alert');
        box.innerHTML = '';
        var message = document.createElement('p');
        message.textContent = json.detail || json.message || text('reporting.answer.error.stale');
        var who = document.createElement('p');
        who.className = 'saved-by';
        who.textContent = savedBy(current);
        var theirs = document.createElement('p');
        theirs.className = 'theirs';
        var shownValue = current.value;
        theirs.textContent = text('theirs') + ' ' + (Array.isArray(shownValue) || (shownValue && typeof shownValue === 'object')
            ? JSON.stringify(shownValue) : (shownValue === null ? '—' : String(shownValue)));
        var keep = document.createElement('button');
        keep.type = 'button';
        keep.className = 'button primary keep-mine';
        keep.textContent = text('keepMine');
        var take = document.createElement('button');
        take.type = 'button';
        take.className = 'button take-theirs';
        take.textContent = text('takeTheirs');
        keep.addEventListener('click', function () {
            delete conflicts[code];
            q.setAttribute('data-version', current.version);
            box.remove();
            schedule(q, 0);
            focusAnswer(q);
        });
        take.addEventListener('click', function () {
            delete conflicts[code];
            q.setAttribute('data-version', current.version);
            setValue(q, current.value);
            q.querySelector('input.kp').checked = !!current.kpOnly;
            delete pending[code];
            box.remove();
            showState(q, 'saved');
            refresh();
            focusAnswer(q);
        });
        var buttons = document.createElement('p');
        buttons.className = 'buttons';
        buttons.appendChild(keep);
        buttons.appendChild(take);
        box.appendChild(message);
        box.appendChild(who);
        box.appendChild(theirs);
        box.appendChild(buttons);
        q.appendChild(box);
        keep.focus();
    }

    /** Puts the keyboard back into an answer's field once its choice is made. */
    function focusAnswer(q) {
        var field = q.querySelector('.answer, input:not([type=hidden]), textarea, select');
        if (field) {
            field.focus();
        }
    }

    function addRow(q) {
        var template = q.querySelector('template.row-template');
        var tr = template.content.firstElementChild.cloneNode(true);
        q.querySelector('table.answer-table tbody').appendChild(tr);
        return tr;
    }

    function upload(q, input) {
        var file = input.files[0];
        if (!file) {
            return;
        }
        var code = q.getAttribute('data-code');
        var data = new FormData();
        data.append('file', file, file.name);
        inFlight[code] = true;
        showState(q, 'saving');
        fetch(api + '/answers/' + encodeURIComponent(code) + '/file', {
            method: 'POST', credentials: 'same-origin', body: data,
            headers: {'Accept': 'application/json', 'If-Match': '"' + q.getAttribute('data-version') + '"'}
        }).then(answerOf).then(function (r) {
            delete inFlight[code];
            if (r.status === 200) {
                q.setAttribute('data-version', r.json.version);
                q.querySelector('.file-name').textContent = r.json.value && r.json.value.name ? r.json.value.name : '';
                q.querySelector('.problem').textContent = '';
                showState(q, 'saved');
            } else if (r.status === 412) {
                conflict(q, r.json);
            } else {
                q.querySelector('.problem').textContent = r.json.detail || r.json.message || text('unsaved');
                showState(q, 'unsaved');
            }
            refresh();
        }, function () {
            delete inFlight[code];
            q.querySelector('.problem').textContent = text('unsaved');
            showState(q, 'unsaved');
        });
    }

    if (editable) {
        questions.forEach(function (q) {
            var type = q.getAttribute('data-type');
            q.addEventListener('input', function (e) {
                if (type !== 'FILE' && e.target.type !== 'radio' && e.target.type !== 'checkbox') {
                    schedule(q, 800);
                }
            });
            q.addEventListener('change', function (e) {
                if (type === 'FILE' && e.target.type === 'file') {
                    upload(q, e.target);
                } else if (type !== 'FILE' || e.target.classList.contains('kp')) {
                    schedule(q, 0);
                }
                refresh();
            });
            q.addEventListener('click', function (e) {
                if (e.target.classList.contains('add-row')) {
                    var tr = addRow(q);
                    tr.querySelector('input').focus();
                } else if (e.target.classList.contains('remove-row')) {
                    var row = e.target.closest('tr');
                    var next = row.nextElementSibling || row.previousElementSibling;
                    row.remove();
                    (next ? next.querySelector('input') : q.querySelector('.add-row')).focus();
                    schedule(q, 0);
                }
            });
        });
        window.addEventListener('beforeunload', function (e) {
            if (unsavedCount() > 0) {
                e.preventDefault();
                e.returnValue = text('unsaved');
                return text('unsaved');
            }
            return undefined;
        });
        window.addEventListener('online', function () {
            Object.keys(retryDelay).forEach(function (code) {
                clearTimeout(timers[code]);
                save(byCode[code]);
            });
        });
        var submit = document.getElementById('submit-report');
        if (submit) {
            submit.addEventListener('click', function () {
                var result = document.getElementById('submit-result');
                if (unsavedCount() > 0) {
                    result.textContent = text(Object.keys(conflicts).length > 0 ? 'awaitingChoice' : 'saving');
                    return;
                }
                fetch(api + '/submission', {method: 'POST', credentials: 'same-origin',
                    headers: {'Accept': 'application/json'}}).then(answerOf).then(function (r) {
                    if (r.status === 200) {
                        window.location.reload();
                        return;
                    }
                    result.innerHTML = '';
                    var p = document.createElement('p');
                    p.textContent = r.json.detail || r.json.message || text('unsaved');
                    result.appendChild(p);
                    var list = document.createElement('ul');
                    list.className = 'missing';
                    (r.json.missing || []).concat(r.json.invalid || []).forEach(function (code) {
                        var q = byCode[code];
                        var li = document.createElement('li');
                        var a = document.createElement('a');
                        a.href = '#' + (q ? q.id : '');
                        a.textContent = code + (q ? ' ' + q.querySelector('legend').textContent.replace(code, '').replace('*', '').trim() : '');
                        li.appendChild(a);
                        list.appendChild(li);
                    });
                    result.appendChild(list);
                    result.focus();
                }, function () {
                    result.textContent = text('offline');
                });
            });
        }
    }
    refresh();
    status.textContent = '';
}());
