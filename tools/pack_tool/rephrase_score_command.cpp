#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <ostream>

#include "commands.h"
#include "content/pack_loader.h"
#include "core/games/rephrase_scorer.h"

// Lets trainers tune a pack's rephrase-markers.txt: score a line the way the
// game's Write round would, and see why.
namespace warmline::pack_tool {
namespace {

const char* const kUsage =
    "usage: warmline-pack rephrase-score \"TEXT\" [--pack PACK] [--against \"NEGATIVE LINE\"]\n"
    "  scores TEXT with PACK's rephrase-markers.txt (default: the built-in course)\n"
    "  and prints the score and feedback as JSON\n";

}  // namespace

int run_rephrase_score(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
  std::string text, pack = WARMLINE_DEFAULT_PACK, against;
  bool have_text = false;
  for (std::size_t i = 0; i < args.size(); ++i) {
    const std::string& a = args[i];
    if ((a == "--pack" || a == "--against") && i + 1 < args.size()) {
      (a == "--pack" ? pack : against) = args[++i];
    } else if (!a.empty() && a[0] != '-' && !have_text) {
      text = a;
      have_text = true;
    } else {
      err << kUsage;
      return 2;
    }
  }
  if (!have_text) {
    err << kUsage;
    return 2;
  }
  const PackLoad load = load_pack(pack);
  for (const Diagnostic& d : load.diagnostics) err << format_diagnostic(d) << "\n";
  if (!load.ok()) return 1;
  if (!load.course.markers) {
    err << pack << ": this pack has no rephrase-markers.txt, so its game has no Write round to score\n";
    return 1;
  }
  const RephraseScore score = score_rephrase(text, against, *load.course.markers);
  rapidjson::StringBuffer buffer;
  rapidjson::Writer<rapidjson::StringBuffer> w(buffer);
  w.StartObject();
  w.Key("text");
  w.String(text.c_str(), static_cast<rapidjson::SizeType>(text.size()));
  w.Key("against");
  w.String(against.c_str(), static_cast<rapidjson::SizeType>(against.size()));
  w.Key("score");
  w.Int(score.score);
  w.Key("feedback");
  w.StartArray();
  for (const std::string& f : score.feedback) w.String(f.c_str(), static_cast<rapidjson::SizeType>(f.size()));
  w.EndArray();
  w.EndObject();
  out << buffer.GetString() << "\n";
  return 0;
}

}  // namespace warmline::pack_tool
