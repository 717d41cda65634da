// While a run is going, ask the server every 2 seconds how far its steps have come; reload when it ends.
(function () {
  var box = document.getElementById('progress');
  if (!box || box.getAttribute('data-running') !== 'true') {
    return;
  }
  var url = box.getAttribute('data-url');
  function update(p) {
    var status = document.getElementById('status');
    status.textContent = p.statusTh;
    status.className = 'status ' + p.status;
    document.getElementById('duration').textContent = p.durationText;
    document.getElementById('graded').textContent = p.districtsRead + ' จาก ' + p.districtsTotal;
    var bar = document.getElementById('bar');
    if (bar) {
      bar.max = p.districtsTotal * 3;
      bar.value = p.districtsRead + p.summarized + p.pagesWritten;
      document.getElementById('bar-text').textContent = 'อำเภอ ' + p.districtsTotal + ': ประเมิน ' + p.districtsRead
        + ' · สรุปจังหวัดและ CSV ' + p.summarized + ' · รายงานรายอำเภอ ' + p.pagesWritten;
    }
    p.steps.forEach(function (s) {
      var row = document.querySelector('#steps tr[data-step="' + s.name + '"]');
      if (row) {
        row.querySelector('.step-status').textContent = s.statusTh;
        row.querySelector('.step-read').textContent = s.read;
        row.querySelector('.step-written').textContent = s.written;
        row.querySelector('.step-duration').textContent = s.duration;
      }
    });
    if (!p.running || p.steps.length !== document.querySelectorAll('#steps tr[data-step]').length) {
      window.location.reload();
    }
  }
  function poll() {
    fetch(url, { credentials: 'same-origin', headers: { 'Accept': 'application/json' } })
      .then(function (r) { return r.ok ? r.json() : null; })
      .then(function (p) { if (p) { update(p); } })
      .catch(function () { /* try again at the next tick */ });
  }
  window.setInterval(poll, 2000);
}());
