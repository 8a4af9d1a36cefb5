#pragma once
#include <string_view>
#include <vector>

namespace warmline {

enum class Screen {
  Welcome, Help, About, Profiles, NewProfile, Course, Module, Lesson, Quiz, Results, Me, Certificate, Breathing, Rephrase,
  Packs,
  // Kiosk mode only.
  Attract, PinEntry, Admin, AdminLearners, AdminProgress
};

std::string_view screen_name(Screen s);

// The learner's path through the screens: forward pushes, Back pops, Home
// clears. The first screen can never be popped, so Back always lands somewhere.
class Navigator {
 public:
  explicit Navigator(Screen root = Screen::Welcome) : stack_{root} {}

  Screen current() const { return stack_.back(); }
  bool can_go_back() const { return stack_.size() > 1; }
  std::size_t depth() const { return stack_.size(); }

  void open(Screen s);
  bool back();
  void home();

 private:
  std::vector<Screen> stack_;
};

}  // namespace warmline
