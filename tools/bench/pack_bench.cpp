// warmline-pack-bench: how long a pack takes to read as text (parse +
// validate), to compile into a .wlpack, and to load back compiled (with the
// full re-validation), for packs of 100, 1,000 and 10,000 questions. The
// packs are generated as text in a temporary folder, shaped like the default
// course (lessons of a few cards, mixed question types, breathing patterns,
// rephrasing items). Prints figures only; tools/bench.sh runs it.
//
// The floor: the same course written out as JSON and parsed into a plain
// RapidJSON DOM (no checks, no structs), which no real loader can beat.
// With a pack path, it also times saving and loading a learner who finished
// that whole course (the shape save_stress complete builds).
//   warmline-pack-bench [RUNS] [--json] [--save-pack PATH.wlpack]
// --json: one JSON object a line per figure, for tools/bench.sh.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <functional>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

#include <unistd.h>

#include "content/compiled_pack.h"
#include "content/course_validator.h"
#include "content/limits.h"
#include "content/pack_loader.h"
#include "core/progress/learner_progress.h"
#include "core/progress/progress_rules.h"
#include "core/quiz/review_queue.h"
#include "native/full_course_learner.h"
#include "save/file_storage.h"
#include "save/profile_codec.h"
#include "save/save_store.h"

#include <rapidjson/document.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

namespace {

namespace fs = std::filesystem;
using namespace warmline;

std::string two_digits(std::size_t n) { return (n < 10 ? "0" : "") + std::to_string(n); }

std::string module_text(std::size_t m, std::size_t questions, std::size_t rephrase_items) {
  const std::string p = "m" + std::to_string(m);
  std::ostringstream s;
  s << "# Module: Skill number " << m << "\nid: " << p << "\nsummary: Practise skill " << m
    << " on every kind of call.\n\n";
  for (int l = 0; l < 3; ++l) {
    s << "## Lesson: Part " << l << " of skill " << m << "\nid: " << p << "-l" << l << "\n\n";
    s << "### Card: Why it matters\nWhen a customer talks, your job is to *understand*, not to wait for your "
         "turn. Customers often reach you already frustrated, confused or upset, and **staying calm** lets "
         "you listen properly and give a considered answer.\n- Let them finish.\n- Note the facts: names, "
         "dates, order numbers.\n\n";
    s << "### Example: The missed delivery\nA customer calls because the installer never came. Before you "
         "look anything up, you say back what you heard: the visit was booked for 9, nobody came, and they "
         "took the morning off work.\n\n";
    s << "### Say: Own the next step\nsay: Let me find out what happened and call you back by 3.\nnot: That's "
         "the installer's problem, not ours.\nwhy: The customer hears a person and a time, not a wall.\n\n";
    s << "### Card: One more thing\nCheck in now and then: are your shoulders up near your ears? Relax them on "
         "purpose, and keep your attention on this customer, not the queue.\n\n";
    s << "### Takeaways\n- Listen to the end before you answer.\n- Repeat the key facts back.\n\n";
  }
  s << "## Quiz: Skill " << m << " check\n\n";
  for (std::size_t q = 0; q < questions; ++q) {
    const std::string id = p + "-q" + std::to_string(q);
    switch (q % 6) {
      case 0:
        s << "### Question: A caller is mid-story and you already know the fix. What now? (" << q << ")\nid: "
          << id << "\ntype: single\ntags: phone, angry\ndifficulty: easy\n"
          << "- [ ] Cut in with the fix to save time.\n  feedback: Fast, but they will feel unheard.\n"
          << "- [x] Let them finish, then sum up and offer the fix.\n- [ ] Put them on hold while you check.\n"
          << "explain: Letting someone finish costs seconds and saves the whole call.\n\n";
        break;
      case 1:
        s << "### Question: Which of these show you listened? (" << q << ")\nid: " << id
          << "\ntype: multi\n- [x] Repeating the order number back\n- [x] Naming the date they gave\n"
          << "- [ ] Checking your phone\n- [ ] Typing loudly\nexplain: Facts said back prove you heard.\n\n";
        break;
      case 2:
        s << "### Question: A short silence can help a caller go on. (" << q << ")\nid: " << id
          << "\ntype: truefalse\nanswer: true\nexplain: A pause invites more detail.\n\n";
        break;
      case 3:
        s << "### Question: Put the steps in order. (" << q << ")\nid: " << id << "\ntype: order\n"
          << "1. Listen to the end\n2. Sum up what you heard\n3. Offer the fix\n4. Agree the next step\n"
          << "explain: Understand, confirm, then act.\n\n";
        break;
      case 4:
        s << "### Question: Pick the best reply. (" << q << ")\nid: " << id << "\ntype: scenario\ntime: 45\n"
          << "customer: This is the third time I'm calling about this!\n- [ ] Calm down, please.\n"
          << "- [x] I'm sorry you've had to call again. Let's fix it now.\n- [ ] Who did you speak to before?\n"
          << "explain: Acknowledge the effort, then act.\n\n";
        break;
      default:
        s << "### Question: Repeat the ___ back to the caller. (" << q << ")\nid: " << id
          << "\ntype: gap\ndifficulty: hard\n- [x] facts\n- [ ] jokes\n- [ ] rumours\n"
          << "explain: Facts show you heard.\n\n";
        break;
    }
  }
  if (m % 4 == 1) {
    s << "## Breathing: Box breathing\nid: " << p << "-box\nphases: inhale 4, hold 4, exhale 4, hold 4\n"
      << "cycles: 4\nabout: Even counts steady you before a hard call.\n\n";
  }
  for (std::size_t r = 0; r < rephrase_items; ++r) {
    s << "## Rephrase: That's not my department.\nid: " << p << "-rp" << r << "\ncontext: counter\n"
      << "- [x] I'll walk you over to the person who handles this.\n- [ ] That's for another team, sorry.\n"
      << "- [ ] You'll need to ask someone else.\n"
      << "tiles: I'll | walk you over | to the person | who handles this.\n"
      << "why: It offers a next step and keeps you in charge of getting it solved.\n\n";
  }
  return s.str();
}

struct Generated {
  std::size_t modules = 0;
  std::size_t text_bytes = 0;
};

Generated write_pack(const fs::path& dir, std::size_t questions) {
  fs::create_directories(dir / "modules");
  std::string manifest =
      "id: bench\ntitle: Benchmark pack\nversion: 1.0.0\nlanguage: en\nauthor: Warmline bench\n"
      "min-engine: 0.1.0\n";
  std::ofstream(dir / "pack.txt", std::ios::binary) << manifest;
  Generated g;
  g.text_bytes = manifest.size();
  g.modules = (questions + limits::kQuestionsPerModule - 1) / limits::kQuestionsPerModule;
  for (std::size_t m = 0; m < g.modules; ++m) {
    // Spread the questions evenly, and rephrasing items up to the pack limit.
    const std::size_t q = questions / g.modules + (m < questions % g.modules ? 1 : 0);
    const std::size_t rp = std::min<std::size_t>(8, limits::kRephraseItemsPerPack / g.modules);
    const std::string text = module_text(m, q, rp);
    std::ofstream(dir / "modules" / (two_digits(m) + "-skill.md"), std::ios::binary) << text;
    g.text_bytes += text.size();
  }
  return g;
}

double median(std::vector<double> v) {
  std::sort(v.begin(), v.end());
  return v.size() % 2 ? v[v.size() / 2] : (v[v.size() / 2 - 1] + v[v.size() / 2]) / 2;
}

// Milliseconds per call, median of `runs`.
double time_ms(int runs, const std::function<void()>& f) {
  std::vector<double> ms;
  for (int i = 0; i < runs; ++i) {
    const auto t0 = std::chrono::steady_clock::now();
    f();
    ms.push_back(std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count());
  }
  return median(ms);
}

// Peak resident memory (VmHWM) in MiB, and a reset of it between phases
// (Linux: writing 5 to clear_refs); -1 where /proc does not say.
double peak_rss_mib() {
  std::ifstream status("/proc/self/status");
  std::string line;
  while (std::getline(status, line)) {
    if (line.rfind("VmHWM:", 0) == 0) return std::strtod(line.c_str() + 6, nullptr) / 1024.0;
  }
  return -1;
}
bool reset_peak_rss() {
  std::ofstream clear("/proc/self/clear_refs");
  return static_cast<bool>(clear << "5");
}

[[noreturn]] void die(const std::string& what, const PackLoad& load) {
  std::cerr << "warmline-pack-bench: " << what << "\n";
  for (std::size_t i = 0; i < load.diagnostics.size() && i < 20; ++i) {
    std::cerr << "  " << format_diagnostic(load.diagnostics[i]) << "\n";
  }
  std::exit(1);
}


// ---- the RapidJSON floor: the course as plain JSON ---------------------------
using JsonWriter = rapidjson::Writer<rapidjson::StringBuffer>;
void put(JsonWriter& w, const char* key, const std::string& v) {
  w.Key(key);
  w.String(v.c_str(), static_cast<rapidjson::SizeType>(v.size()));
}
void put(JsonWriter& w, const char* key, int v) {
  w.Key(key);
  w.Int(v);
}
void put_rich(JsonWriter& w, const char* key, const RichText& text) {
  w.Key(key);
  w.StartArray();
  for (const TextBlock& b : text) {
    w.StartObject();
    put(w, "kind", static_cast<int>(b.kind));
    put(w, "depth", b.depth);
    w.Key("runs");
    w.StartArray();
    for (const TextRun& r : b.runs) {
      w.StartObject();
      put(w, "text", r.text);
      w.Key("bold");
      w.Bool(r.bold);
      w.Key("italic");
      w.Bool(r.italic);
      w.EndObject();
    }
    w.EndArray();
    w.EndObject();
  }
  w.EndArray();
}
void put_options(JsonWriter& w, const std::vector<Option>& options) {
  w.Key("options");
  w.StartArray();
  for (const Option& o : options) {
    w.StartObject();
    put(w, "text", o.text);
    w.Key("correct");
    w.Bool(o.correct);
    put(w, "feedback", o.feedback);
    w.EndObject();
  }
  w.EndArray();
}
void put_strings(JsonWriter& w, const char* key, const std::vector<std::string>& v) {
  w.Key(key);
  w.StartArray();
  for (const std::string& s : v) w.String(s.c_str(), static_cast<rapidjson::SizeType>(s.size()));
  w.EndArray();
}

std::string course_json(const Course& c) {
  rapidjson::StringBuffer buf;
  JsonWriter w(buf);
  w.StartObject();
  put(w, "id", c.info.id);
  put(w, "title", c.info.title);
  put(w, "language", c.info.language);
  put(w, "author", c.info.author);
  w.Key("modules");
  w.StartArray();
  for (const Module& m : c.modules) {
    w.StartObject();
    put(w, "id", m.id);
    put(w, "title", m.title);
    put(w, "summary", m.summary);
    w.Key("lessons");
    w.StartArray();
    for (const Lesson& l : m.lessons) {
      w.StartObject();
      put(w, "id", l.id);
      put(w, "title", l.title);
      w.Key("blocks");
      w.StartArray();
      for (const LessonBlock& b : l.blocks) {
        w.StartObject();
        put(w, "kind", static_cast<int>(b.kind));
        put(w, "title", b.title);
        put_rich(w, "body", b.body);
        put(w, "say", b.say);
        put(w, "not", b.say_not);
        put(w, "why", b.why);
        w.EndObject();
      }
      w.EndArray();
      w.EndObject();
    }
    w.EndArray();
    w.Key("quiz");
    w.StartObject();
    put(w, "id", m.quiz.id);
    put(w, "title", m.quiz.title);
    put(w, "seconds", m.quiz.seconds_per_question);
    put(w, "passMark", m.quiz.pass_mark);
    w.Key("questions");
    w.StartArray();
    for (const Question& q : m.quiz.questions) {
      w.StartObject();
      put(w, "id", q.id);
      put(w, "type", static_cast<int>(q.type));
      put(w, "prompt", q.prompt);
      put_options(w, q.options);
      w.Key("answer");
      w.Bool(q.answer);
      put(w, "customer", q.customer);
      put(w, "explain", q.explain);
      put(w, "seconds", q.seconds);
      put(w, "difficulty", static_cast<int>(q.difficulty));
      put_strings(w, "tags", q.tags);
      put(w, "review", q.review);
      w.EndObject();
    }
    w.EndArray();
    w.EndObject();
    w.Key("breathing");
    w.StartArray();
    for (const BreathingPattern& b : m.breathing) {
      w.StartObject();
      put(w, "id", b.id);
      put(w, "title", b.title);
      w.Key("phases");
      w.StartArray();
      for (const BreathPhase& ph : b.phases) {
        w.StartArray();
        w.Int(static_cast<int>(ph.kind));
        w.Int(ph.seconds);
        w.EndArray();
      }
      w.EndArray();
      put(w, "cycles", b.cycles);
      put(w, "about", b.about);
      w.EndObject();
    }
    w.EndArray();
    w.Key("rephrase");
    w.StartArray();
    for (const RephraseItem& r : m.rephrase) {
      w.StartObject();
      put(w, "id", r.id);
      put(w, "negative", r.negative);
      put(w, "context", static_cast<int>(r.context));
      put_options(w, r.options);
      put_strings(w, "tiles", r.tiles);
      put(w, "why", r.why);
      w.EndObject();
    }
    w.EndArray();
    w.EndObject();
  }
  w.EndArray();
  w.EndObject();
  return std::string(buf.GetString(), buf.GetSize());
}


bool g_json = false;
void figure(const std::string& name, double value, const char* unit, const std::string& note = "") {
  if (!g_json) return;
  std::printf("{\"figure\":\"%s\",\"app\":\"warmline\",\"value\":%.4g,\"unit\":\"%s\"%s%s%s}\n", name.c_str(), value,
              unit, note.empty() ? "" : ",\"note\":\"", note.c_str(), note.empty() ? "" : "\"");
}
}  // namespace

int main(int argc, char** argv) {
  int runs = 5;
  std::string save_pack;
  for (int i = 1; i < argc; ++i) {
    const std::string a = argv[i];
    if (a == "--json") g_json = true;
    else if (a == "--save-pack" && i + 1 < argc) save_pack = argv[++i];
    else runs = std::max(1, std::atoi(argv[i]));
  }
  // Human-readable table on stdout, or on stderr when stdout carries JSON.
  FILE* const table = g_json ? stderr : stdout;
  std::string tmpl = (fs::temp_directory_path() / "warmline-bench-XXXXXX").string();
  if (!mkdtemp(tmpl.data())) {
    std::perror("warmline-pack-bench: mkdtemp");
    return 1;
  }
  const fs::path root(tmpl);

  std::fprintf(table, "warmline-pack-bench: median of %d runs each\n\n", runs);
  std::fprintf(table, "%9s %7s %9s %13s %9s %9s %10s %11s %9s %10s %10s %9s\n", "questions", "modules", "text KiB",
              "text load ms", "check ms", "build ms", "wlpack KiB", "compiled ms", "speed-up", "text MiB",
              "wlpack MiB", "JSON ms");
  std::fprintf(table, "%9s %7s %9s %13s %9s %9s %10s %11s %9s %10s %10s %9s\n", "", "", "", "(parse+check)", "(alone)", "",
              "", "(load+check)", "", "peak RSS", "peak RSS", "(floor)");
  for (std::size_t questions : {100u, 1000u, 10000u}) {
    const fs::path dir = root / ("pack-" + std::to_string(questions));
    const Generated g = write_pack(dir, questions);

    PackLoad text;
    const bool can_reset = reset_peak_rss();
    const double text_ms = time_ms(runs, [&] { text = load_pack_dir(dir.string()); });
    const double text_rss = can_reset ? peak_rss_mib() : -1;
    if (!text.ok()) die("the generated pack does not validate", text);

    const double check_ms = time_ms(runs, [&] {
      Diagnostics ds;
      validate_course(text.course, ds);
    });

    std::string bytes;
    const double build_ms = time_ms(runs, [&] { bytes = write_compiled_pack(text.course); });

    // The floor: the same course as JSON, parsed into a RapidJSON DOM.
    const std::string json = course_json(text.course);
    bool parsed = true;
    const double floor_ms = time_ms(runs, [&] {
      rapidjson::Document d;
      d.Parse(json.c_str(), json.size());
      parsed = parsed && !d.HasParseError();
    });
    if (!parsed) {
      std::fprintf(stderr, "warmline-pack-bench: the JSON floor does not parse\n");
      return 1;
    }

    PackLoad compiled;
    text = PackLoad{};  // keep only the compiled side in memory for its peak
    reset_peak_rss();
    const double load_ms = time_ms(runs, [&] { compiled = read_compiled_pack("bench.wlpack", bytes); });
    const double load_rss = can_reset ? peak_rss_mib() : -1;
    if (!compiled.ok()) die("the compiled pack does not load", compiled);

    std::fprintf(table, "%9zu %7zu %9.0f %13.2f %9.2f %9.2f %10.0f %11.2f %8.1fx %10.1f %10.1f %9.2f\n", questions,
                g.modules, g.text_bytes / 1024.0, text_ms, check_ms, build_ms, bytes.size() / 1024.0, load_ms, text_ms / load_ms,
                text_rss, load_rss, floor_ms);
    std::fflush(table);
    const std::string q = std::to_string(questions);
    const double per_k = 1000.0 / static_cast<double>(questions);
    figure("pack.load." + q, load_ms, "ms", "compiled .wlpack from memory: read + full validation (what the app does)");
    figure("pack.load." + q + ".floor_ratio", load_ms / floor_ms, "x");
    figure("pack.load." + q + ".per_1k", load_ms * per_k, "ms");
    figure("pack.text_load." + q, text_ms, "ms", "text pack folder from disk: parse + validation");
    figure("pack.text_load." + q + ".floor_ratio", text_ms / floor_ms, "x");
    figure("pack.text_load." + q + ".per_1k", text_ms * per_k, "ms");
    figure("pack.json_floor." + q, floor_ms, "ms", "RapidJSON DOM parse of the same course as JSON, from memory");
    figure("pack.json_floor." + q + ".per_1k", floor_ms * per_k, "ms");
    figure("pack.size." + q + ".wlpack", bytes.size() / 1000.0, "KB");
    figure("pack.size." + q + ".json", json.size() / 1000.0, "KB");
    figure("pack.size." + q + ".text", g.text_bytes / 1000.0, "KB");
  }
  std::fprintf(table, "\ncheck: validate_course alone, part of both load columns\n");
  std::fprintf(table, "peak RSS: whole process, reset before each phase; -1 where /proc cannot reset it\n");
  std::fprintf(table, "JSON: RapidJSON DOM parse of the same course serialised as JSON (the floor)\n");

  if (!save_pack.empty()) {
    PackLoad load = load_pack(save_pack);
    if (!load.ok()) die("cannot load " + save_pack, load);
    const LearnerProgress grace = test::full_course_learner(load.course);
    const fs::path dir = root / "profiles";
    FileStorage storage(dir.string());
    SaveStore store(storage);
    const std::string id = store.new_id(grace.name);
    bool ok = true;
    const double save_ms = time_ms(std::max(runs, 20), [&] { ok = ok && store.store(id, grace).ok(); });
    const double load_ms = time_ms(std::max(runs, 20), [&] { ok = ok && store.load(id).ok(); });
    const double encode_ms = time_ms(std::max(runs, 20), [&] { (void)encode_profile(grace); });
    const std::size_t size = encode_profile(grace).size();
    if (!ok) {
      std::fprintf(stderr, "warmline-pack-bench: saving or loading the full-course profile failed\n");
      return 1;
    }
    std::fprintf(table, "\nfull-course profile (%zu lessons, %zu quizzes, %zu in review): %zu bytes; "
                 "save %.3f ms (encode %.3f ms), load %.3f ms\n", grace.lessons_read.size(), grace.quizzes.size(),
                 grace.review.size(), size, save_ms, encode_ms, load_ms);
    figure("profile.save", save_ms, "ms", "full-course learner: SaveStore::store to disk (encode, write, backup, sync)");
    // The same store on tmpfs: everything but the disk's own fsync latency,
    // which is what the browser's in-memory file system pays before its
    // IndexedDB copy (async, off the frame). Three fsyncs per save (the
    // backup, the profile, then their folder once) dominate the figure above.
    std::error_code shm_ec;
    if (fs::is_directory("/dev/shm", shm_ec)) {
      const fs::path shm_dir = fs::path("/dev/shm") / (root.filename().string() + "-profiles");
      FileStorage shm_storage(shm_dir.string());
      SaveStore shm_store(shm_storage);
      const std::string shm_id = shm_store.new_id(grace.name);
      const double shm_ms = time_ms(std::max(runs, 20), [&] { ok = ok && shm_store.store(shm_id, grace).ok(); });
      fs::remove_all(shm_dir, shm_ec);
      std::fprintf(table, "the same save on tmpfs (/dev/shm): %.3f ms\n", shm_ms);
      figure("profile.save.tmpfs", shm_ms, "ms", "the same save on tmpfs: encode, write, backup, rename; no disk latency");
    }
    figure("profile.encode", encode_ms, "ms");
    figure("profile.load", load_ms, "ms", "SaveStore::load from disk, decode + checks");
    figure("profile.size", size / 1000.0, "KB");
  }
  std::error_code ec;
  fs::remove_all(root, ec);
  return 0;
}
