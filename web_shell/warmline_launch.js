// Prepended to warmline.js (--pre-js): what the page's address asks for,
// read before the engine starts.
//   pack=NAME.wlpack      run that course pack (beside the page), downloaded
//                         by the loader in shell.html with the other files
//   lms=scorm12|scorm2004 report to the SCORM LMS that launched the page
//   endpoint=&fetch=&actor=&registration=&activityId=
//                         a cmi5 launch: the engine parses the whole query,
//                         gets its token and sends statements itself
// Names the engine or tests read are quoted for Closure (web_shell/README.md).

(function () {
  var params = new URLSearchParams(location.search);

  // The loader hands the pack over as Module["warmlinePack"]; it goes into
  // the in-memory file system before main() sees --pack.
  var pack = Module["warmlinePack"];
  if (pack) {
    Module["arguments"] = (Module["arguments"] || []).concat(["--pack", "/launch/" + pack["name"]]);
    Module["preRun"] = [].concat(Module["preRun"] || [], function () {
      FS.mkdirTree("/launch");
      FS.writeFile("/launch/" + pack["name"], new Uint8Array(pack["bytes"]));
    });
  }

  // cmi5's LMS appends its five parameters to the AU's address; the engine
  // reads them all (and any of ours) from the query as it came.
  if (params.has("endpoint") && params.has("fetch") && params.has("actor")) {
    Module["warmlineLms"] = { "standard": "cmi5", "launchQuery": location.search.slice(1) };
    // The engine queues `terminated` and sends what waits with keepalive.
    window.addEventListener("pagehide", function () {
      if (Module["calledRun"]) Module["ccall"]("warmline_page_closing", null, [], []);
    });
    return;
  }

  var standard = params.get("lms");
  if (standard !== "scorm12" && standard !== "scorm2004") return;
  var v12 = standard === "scorm12";
  // The two versions name the same things differently.
  var api = v12
    ? { object: "API", init: "LMSInitialize", finish: "LMSFinish", commit: "LMSCommit", get: "LMSGetValue",
        set: "LMSSetValue", error: "LMSGetLastError", errorText: "LMSGetErrorString" }
    : { object: "API_1484_11", init: "Initialize", finish: "Terminate", commit: "Commit", get: "GetValue",
        set: "SetValue", error: "GetLastError", errorText: "GetErrorString" };
  var cmi = v12
    ? { learnerId: "cmi.core.student_id", learnerName: "cmi.core.student_name", suspend: "cmi.suspend_data",
        location: "cmi.core.lesson_location", raw: "cmi.core.score.raw", min: "cmi.core.score.min",
        max: "cmi.core.score.max", time: "cmi.core.session_time", exit: "cmi.core.exit" }
    : { learnerId: "cmi.learner_id", learnerName: "cmi.learner_name", suspend: "cmi.suspend_data",
        location: "cmi.location", raw: "cmi.score.raw", min: "cmi.score.min", max: "cmi.score.max",
        time: "cmi.session_time", exit: "cmi.exit" };

  var lms = { "standard": standard, "learnerId": "", "learnerName": "", "suspendData": "", "problem": "" };
  Module["warmlineLms"] = lms;

  // The standards' search: up through the frames that hold this page, then
  // the same from the window that opened it. A frame from another origin
  // cannot be looked into and ends that path.
  function search(win) {
    for (var hops = 0; win && hops <= 7; hops++) {
      try {
        if (win[api.object]) return win[api.object];
      } catch (e) {
        return null;
      }
      if (!win.parent || win.parent === win) return null;
      win = win.parent;
    }
    return null;
  }
  var found = search(window);
  if (!found) {
    try { if (window.opener && !window.opener.closed) found = search(window.opener); } catch (e) { /* closed */ }
  }
  if (!found) {
    lms["problem"] = "No learning system (LMS) was found around this page.";
    return;
  }

  function failure(what) {
    var code = String(found[api.error]());
    return what + " failed: LMS error " + code + " (" + found[api.errorText](code) + ")";
  }
  if (String(found[api.init]("")) !== "true") {
    lms["problem"] = "The learning system refused to start this session. " + failure(api.init) + ".";
    return;
  }
  var started = Date.now();
  var finished = false;
  lms["learnerId"] = found[api.get](cmi.learnerId);
  lms["learnerName"] = found[api.get](cmi.learnerName);
  lms["suspendData"] = found[api.get](cmi.suspend);
  var completed = false;

  // Session time in each version's format: 1.2 "HHHH:MM:SS.SS", 2004 ISO 8601.
  function sessionTime() {
    var cs = Math.round((Date.now() - started) / 10);
    var h = Math.floor(cs / 360000), m = Math.floor(cs / 6000) % 60, s = (cs % 6000) / 100;
    if (!v12) return "PT" + (h ? h + "H" : "") + (m ? m + "M" : "") + s + "S";
    function pad(n, w) { n = String(n); while (n.length < w) n = "0" + n; return n; }
    return pad(h, 4) + ":" + pad(m, 2) + ":" + pad(Math.floor(s), 2) + "." + pad(cs % 100, 2);
  }

  var problems = [];
  function set(element, value) {
    if (String(found[api.set](element, String(value))) !== "true") problems.push(failure(api.set + " " + element));
  }
  // How the session stands if it ends now: its length, and whether the
  // learner will come back to it.
  function stampSession() {
    set(cmi.time, sessionTime());
    set(cmi.exit, completed ? (v12 ? "" : "normal") : "suspend");
  }
  function commit() {
    if (String(found[api.commit]("")) !== "true") problems.push(failure(api.commit));
  }

  // Called by the engine after every save with lms_report_json(): sets what
  // the LMS should hold now and commits it. False if anything was refused.
  lms["report"] = function (r) {
    if (finished) return false;
    problems = [];
    completed = v12 ? r["lessonStatus"] === "passed" : r["completionStatus"] === "completed";
    if (v12) {
      set("cmi.core.lesson_status", r["lessonStatus"]);
    } else {
      set("cmi.completion_status", r["completionStatus"]);
      set("cmi.success_status", r["successStatus"]);
      set("cmi.progress_measure", r["progress"].toFixed(2));
    }
    if (r["quizzesTaken"] > 0) {
      set(cmi.min, 0);
      set(cmi.max, 100);
      set(cmi.raw, r["scoreRaw"]);
      if (!v12) set("cmi.score.scaled", (r["scoreRaw"] / 100).toFixed(2));
    }
    if (r["location"]) set(cmi.location, r["location"]);
    if (r["suspendData"]) set(cmi.suspend, r["suspendData"]);
    stampSession();
    commit();
    problems.forEach(function (p) { console.warn("Warmline: " + p); });
    return problems.length === 0;
  };

  // Hidden tabs may never come back (a closed laptop, a killed app): commit
  // what there is. Leaving the page ends the session for good.
  document.addEventListener("visibilitychange", function () {
    if (document.visibilityState === "hidden" && !finished) {
      set(cmi.time, sessionTime());
      commit();
    }
  });
  window.addEventListener("pagehide", function () {
    if (finished) return;
    stampSession();
    finished = true;
    found[api.finish]("");
  });
})();
