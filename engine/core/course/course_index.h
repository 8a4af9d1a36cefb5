#pragma once
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/course/course.h"

namespace warmline {

enum class ItemKind { Module, Lesson, Quiz, Question, Breathing, Rephrase };

// Finds any item of a course by its id. Holds pointers into the course, so
// build it after the course is final and keep the course alive and unchanged.
class CourseIndex {
 public:
  explicit CourseIndex(const Course& course);

  const Module* module(std::string_view id) const;
  const Lesson* lesson(std::string_view id) const;
  const Quiz* quiz(std::string_view id) const;
  const Question* question(std::string_view id) const;
  const BreathingPattern* breathing(std::string_view id) const;
  const RephraseItem* rephrase(std::string_view id) const;

  // The module an item belongs to, or nullptr for an unknown id.
  const Module* module_of(std::string_view id) const;

  // Every breathing pattern / rephrasing item of the course, in module order.
  const std::vector<const BreathingPattern*>& all_breathing() const { return breathing_; }
  const std::vector<const RephraseItem*>& all_rephrase() const { return rephrase_; }

 private:
  struct Entry {
    ItemKind kind;
    const void* item;
    const Module* module;
  };
  const void* find(std::string_view id, ItemKind kind) const;

  std::unordered_map<std::string, Entry> by_id_;
  std::vector<const BreathingPattern*> breathing_;
  std::vector<const RephraseItem*> rephrase_;
};

}  // namespace warmline
