#include "core/quiz/review_queue.h"

#include <algorithm>
#include <unordered_map>
#include <unordered_set>
#include <utility>

namespace warmline {

bool answered_slowly(const AnswerOutcome& a) {
  return a.limit_seconds > 0.0 && a.seconds > kSlowFraction * a.limit_seconds;
}

namespace {

int interval(int box) {
  return kReviewIntervals[static_cast<std::size_t>(std::clamp(box, 1, kReviewBoxes) - 1)];
}

}  // namespace

void ReviewQueue::record(const QuizResult& result, int day) {
  for (const AnswerOutcome& a : result.answers) {
    auto it = std::find_if(items.begin(), items.end(),
                           [&](const ReviewItem& i) { return i.question_id == a.question_id; });
    const bool queued = it != items.end();
    const bool wrong = !a.correct || a.timed_out;
    if (wrong || (!queued && answered_slowly(a))) {
      if (!queued) it = items.insert(items.end(), ReviewItem{a.question_id, 1, 0});
      it->box = 1;
      it->due_day = day + interval(1);
      continue;
    }
    if (!queued || it->due_day > day) continue;
    if (answered_slowly(a)) {
      it->due_day = day + interval(it->box);
    } else if (it->box >= kReviewBoxes) {
      items.erase(it);
    } else {
      ++it->box;
      it->due_day = day + interval(it->box);
    }
  }
}

std::vector<std::string> ReviewQueue::due(int day) const {
  std::vector<const ReviewItem*> ready;
  for (const ReviewItem& i : items)
    if (i.due_day <= day) ready.push_back(&i);
  std::stable_sort(ready.begin(), ready.end(),
                   [](const ReviewItem* a, const ReviewItem* b) { return a->due_day < b->due_day; });
  std::vector<std::string> ids;
  for (const ReviewItem* i : ready) ids.push_back(i->question_id);
  return ids;
}

std::size_t ReviewQueue::due_count(int day) const {
  return static_cast<std::size_t>(
      std::count_if(items.begin(), items.end(), [day](const ReviewItem& i) { return i.due_day <= day; }));
}

const ReviewItem* ReviewQueue::find(const std::string& question_id) const {
  for (const ReviewItem& i : items)
    if (i.question_id == question_id) return &i;
  return nullptr;
}

void ReviewQueue::prune(const Course& course) {
  std::unordered_set<std::string> known;
  for (const Module& m : course.modules)
    for (const Question& q : m.quiz.questions) known.insert(q.id);
  items.erase(std::remove_if(items.begin(), items.end(),
                             [&](const ReviewItem& i) { return known.count(i.question_id) == 0; }),
              items.end());
}

Quiz review_quiz(const Course& course, const std::vector<std::string>& ids) {
  std::unordered_map<std::string, std::pair<const Question*, const Quiz*>> by_id;
  for (const Module& m : course.modules)
    for (const Question& q : m.quiz.questions) by_id.emplace(q.id, std::make_pair(&q, &m.quiz));

  Quiz review;
  review.id = "review";  // the title is the UI's to word, in the pack's language
  review.seconds_per_question = course.info.quiz_seconds;
  review.pass_mark = course.info.pass_mark;
  std::unordered_set<std::string> taken;
  for (const std::string& id : ids) {
    const auto found = by_id.find(id);
    if (found == by_id.end() || !taken.insert(id).second) continue;
    Question q = *found->second.first;
    q.seconds = question_seconds(q, *found->second.second);
    review.questions.push_back(std::move(q));
  }
  return review;
}

}  // namespace warmline
