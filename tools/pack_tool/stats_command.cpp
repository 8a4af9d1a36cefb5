#include <algorithm>
#include <map>
#include <ostream>
#include <string>

#include "commands.h"
#include "content/pack_loader.h"
#include "content/utf8.h"

// warmline-pack stats PACK: what is in a pack folder or .wlpack, per module
// and in total, as a plain-text table.
namespace warmline::pack_tool {
namespace {

const char* const kUsage = "usage: warmline-pack stats PACK   (a pack folder or a .wlpack file)\n";

struct Counts {
  std::size_t lessons = 0;
  std::size_t cards = 0;
  std::size_t questions = 0;
  std::size_t breathing = 0;
  std::size_t rephrase = 0;
  std::map<QuestionType, std::size_t> types;  // in QuestionType order

  void add(const Counts& o) {
    lessons += o.lessons;
    cards += o.cards;
    questions += o.questions;
    breathing += o.breathing;
    rephrase += o.rephrase;
    for (const auto& [type, n] : o.types) types[type] += n;
  }
};

Counts count(const Module& m) {
  Counts c;
  c.lessons = m.lessons.size();
  for (const Lesson& l : m.lessons) c.cards += l.blocks.size();
  c.questions = m.quiz.questions.size();
  for (const Question& q : m.quiz.questions) ++c.types[q.type];
  c.breathing = m.breathing.size();
  c.rephrase = m.rephrase.size();
  return c;
}

std::string type_list(const Counts& c) {
  std::string s;
  for (const auto& [type, n] : c.types) {
    if (!s.empty()) s += ", ";
    s += std::string(question_type_name(type)) + " " + std::to_string(n);
  }
  return s.empty() ? "-" : s;
}

// Cut to `width` characters (not bytes), marking the cut with an ellipsis.
std::string fit(const std::string& s, std::size_t width) {
  if (utf8::length(s) <= width) return s;
  std::string out;
  std::size_t chars = 0;
  for (std::size_t i = 0; i < s.size() && chars + 1 < width; ++chars) {
    const std::size_t n = std::max<std::size_t>(1, utf8::sequence_length(s, i));
    out.append(s, i, n);
    i += n;
  }
  return out + "…";
}

std::string left(const std::string& s, std::size_t width) {
  const std::string f = fit(s, width);
  return f + std::string(width - std::min(width, utf8::length(f)), ' ');
}

std::string right(const std::string& s, std::size_t width) {
  return std::string(width - std::min(width, s.size()), ' ') + s;
}

void row(std::ostream& out, const std::string& id, const std::string& title, const Counts& c) {
  using std::to_string;
  out << left(id, 26) << "  " << left(title, 30) << right(to_string(c.lessons), 8) << right(to_string(c.cards), 7)
      << right(to_string(c.questions), 10) << right(to_string(c.breathing), 10) << right(to_string(c.rephrase), 10)
      << "  " << type_list(c) << "\n";
}

}  // namespace

int run_stats(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
  if (args.size() != 1 || args[0].empty() || args[0][0] == '-') {
    err << kUsage;
    return 2;
  }
  const PackLoad load = load_pack(args[0]);
  for (const Diagnostic& d : load.diagnostics) err << format_diagnostic(d) << "\n";
  if (!load.ok()) return 1;

  const PackInfo& info = load.course.info;
  out << "pack " << info.id << " \"" << info.title << "\" version " << version_string(info.version) << " ("
      << info.language << ") by " << info.author << ", needs Warmline " << version_string(info.min_engine)
      << "\n\n";
  out << left("module", 26) << "  " << left("title", 30) << right("lessons", 8) << right("cards", 7)
      << right("questions", 10) << right("breathing", 10) << right("rephrase", 10) << "  question types\n";
  Counts total;
  for (const Module& m : load.course.modules) {
    const Counts c = count(m);
    row(out, m.id, m.title, c);
    total.add(c);
  }
  out << std::string(26 + 2 + 30 + 8 + 7 + 10 + 10 + 10, '-') << "\n";
  row(out, "total (" + std::to_string(load.course.modules.size()) + " modules)", "", total);
  return 0;
}

}  // namespace warmline::pack_tool
