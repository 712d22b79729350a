// The only script of the UI. Links to a record's source are /articles/ID?hl=START-END#s-START-END,
// which the server renders highlighted. A bare #s-START-END (typed or shared without ?hl) is
// turned into that form, so the sentence is highlighted either way.
(function () {
  var m = /^#s-(\d+)-(\d+)$/.exec(window.location.hash);
  if (!m || document.getElementById("s-" + m[1] + "-" + m[2])) return;
  var params = new URLSearchParams(window.location.search);
  if (params.get("hl") === m[1] + "-" + m[2]) return;
  params.set("hl", m[1] + "-" + m[2]);
  window.location.replace(window.location.pathname + "?" + params.toString() + window.location.hash);
})();
