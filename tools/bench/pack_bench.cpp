// warmline-pack-bench: how long a pack takes to read as text (parse +
// validate), to compile into a .wlpack, and to load back compiled (with the
// full re-validation), for packs of 100, 1,000 and 10,000 questions. The
// packs are generated as text in a temporary folder, shaped like the default
// course (lessons of a few cards, mixed question types, breathing patterns,
// rephrasing items). Prints figures only; tools/bench.sh runs it.
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

}  // namespace

int main(int argc, char** argv) {
  const int runs = argc > 1 ? std::max(1, std::atoi(argv[1])) : 5;
  std::string tmpl = (fs::temp_directory_path() / "warmline-bench-XXXXXX").string();
  if (!mkdtemp(tmpl.data())) {
    std::perror("warmline-pack-bench: mkdtemp");
    return 1;
  }
  const fs::path root(tmpl);

  std::printf("warmline-pack-bench: median of %d runs each\n\n", runs);
  std::printf("%9s %7s %9s %13s %9s %9s %10s %11s %9s %10s %10s\n", "questions", "modules", "text KiB",
              "text load ms", "check ms", "build ms", "wlpack KiB", "compiled ms", "speed-up", "text MiB",
              "wlpack MiB");
  std::printf("%9s %7s %9s %13s %9s %9s %10s %11s %9s %10s %10s\n", "", "", "", "(parse+check)", "(alone)", "",
              "", "(load+check)", "", "peak RSS", "peak RSS");
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

    PackLoad compiled;
    text = PackLoad{};  // keep only the compiled side in memory for its peak
    reset_peak_rss();
    const double load_ms = time_ms(runs, [&] { compiled = read_compiled_pack("bench.wlpack", bytes); });
    const double load_rss = can_reset ? peak_rss_mib() : -1;
    if (!compiled.ok()) die("the compiled pack does not load", compiled);

    std::printf("%9zu %7zu %9.0f %13.2f %9.2f %9.2f %10.0f %11.2f %8.1fx %10.1f %10.1f\n", questions,
                g.modules, g.text_bytes / 1024.0, text_ms, check_ms, build_ms, bytes.size() / 1024.0, load_ms, text_ms / load_ms,
                text_rss, load_rss);
    std::fflush(stdout);
  }
  std::printf("\ncheck: validate_course alone, part of both load columns\n");
  std::printf("peak RSS: whole process, reset before each phase; -1 where /proc cannot reset it\n");
  std::error_code ec;
  fs::remove_all(root, ec);
  return 0;
}
