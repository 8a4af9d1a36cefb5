#include "core/navigator.h"

namespace warmline {

std::string_view screen_name(Screen s) {
  switch (s) {
    case Screen::Welcome: return "welcome";
    case Screen::Help: return "help";
    case Screen::About: return "about";
    case Screen::Profiles: return "profiles";
    case Screen::NewProfile: return "new-profile";
    case Screen::Course: return "home";
    case Screen::Module: return "module";
    case Screen::Lesson: return "lesson";
    case Screen::Quiz: return "quiz";
    case Screen::Results: return "results";
    case Screen::Me: return "me";
    case Screen::Certificate: return "certificate";
    case Screen::Breathing: return "breathing";
    case Screen::Rephrase: return "rephrase";
    case Screen::Packs: return "packs";
    case Screen::Attract: return "attract";
    case Screen::PinEntry: return "pin";
    case Screen::Admin: return "admin";
    case Screen::AdminLearners: return "admin-learners";
    case Screen::AdminProgress: return "admin-progress";
  }
  return "unknown";
}

void Navigator::open(Screen s) {
  // Re-opening the screen already shown must not grow the stack: a double
  // tap on a kiosk would otherwise need two Backs.
  if (s != current()) stack_.push_back(s);
}

bool Navigator::back() {
  if (!can_go_back()) return false;
  stack_.pop_back();
  return true;
}

void Navigator::home() { stack_.resize(1); }

}  // namespace warmline
