#include "core/course/course_index.h"

namespace warmline {

CourseIndex::CourseIndex(const Course& course) {
  // emplace keeps the first item on a duplicate id; the validator refuses
  // such packs, so this only matters for models built by hand.
  for (const Module& m : course.modules) {
    by_id_.emplace(m.id, Entry{ItemKind::Module, &m, &m});
    for (const Lesson& l : m.lessons) by_id_.emplace(l.id, Entry{ItemKind::Lesson, &l, &m});
    if (!m.quiz.id.empty()) by_id_.emplace(m.quiz.id, Entry{ItemKind::Quiz, &m.quiz, &m});
    for (const Question& q : m.quiz.questions) by_id_.emplace(q.id, Entry{ItemKind::Question, &q, &m});
    for (const BreathingPattern& b : m.breathing) {
      by_id_.emplace(b.id, Entry{ItemKind::Breathing, &b, &m});
      breathing_.push_back(&b);
    }
    for (const RephraseItem& r : m.rephrase) {
      by_id_.emplace(r.id, Entry{ItemKind::Rephrase, &r, &m});
      rephrase_.push_back(&r);
    }
  }
}

const void* CourseIndex::find(std::string_view id, ItemKind kind) const {
  auto it = by_id_.find(std::string(id));
  if (it == by_id_.end() || it->second.kind != kind) return nullptr;
  return it->second.item;
}

const Module* CourseIndex::module(std::string_view id) const {
  return static_cast<const Module*>(find(id, ItemKind::Module));
}
const Lesson* CourseIndex::lesson(std::string_view id) const {
  return static_cast<const Lesson*>(find(id, ItemKind::Lesson));
}
const Quiz* CourseIndex::quiz(std::string_view id) const {
  return static_cast<const Quiz*>(find(id, ItemKind::Quiz));
}
const Question* CourseIndex::question(std::string_view id) const {
  return static_cast<const Question*>(find(id, ItemKind::Question));
}
const BreathingPattern* CourseIndex::breathing(std::string_view id) const {
  return static_cast<const BreathingPattern*>(find(id, ItemKind::Breathing));
}
const RephraseItem* CourseIndex::rephrase(std::string_view id) const {
  return static_cast<const RephraseItem*>(find(id, ItemKind::Rephrase));
}

const Module* CourseIndex::module_of(std::string_view id) const {
  auto it = by_id_.find(std::string(id));
  return it == by_id_.end() ? nullptr : it->second.module;
}

}  // namespace warmline
