#pragma once
#include <string>
#include <vector>

namespace warmline {

// What tests, the LMS bridge and the kiosk tooling may read of the running
// app. Plain data, filled by the UI layer each time it is asked for.
// A word tile of the rephrasing game's Build round as drawn (window pixels).
struct SnapshotTile {
  std::string text;
  bool placed = false;
  float x = 0, y = 0, w = 0, h = 0;
};

struct AppSnapshot {
  std::string screen;
  std::string target;  // "web" or "native"
  std::string version;
  bool focused = true;
  long frames_drawn = 0;
  int window_width = 0;
  int window_height = 0;
  float dpi_scale = 1.0f;
  std::string focused_item;  // label of the item keyboard navigation is on
  std::string font_problem;  // why ImGui's basic font stands in for the UI fonts

  // The course and where the learner is in it ("" / -1 when not applicable).
  std::string course;        // pack id
  std::string course_error;  // first problem when the pack could not be loaded
  int modules = 0;
  std::string module;        // id of the open module
  std::string lesson;        // id of the open lesson
  int card = -1;             // 0-based card index in the open lesson
  int cards = 0;
  std::vector<std::string> lessons_read;

  // The signed-in learner ("" / 0 when nobody is).
  int day = 0;  // local calendar day the app believes it is
  bool storage_ready = false;
  int profiles = 0;  // profiles on this device, as last listed
  std::string profile;
  std::string profile_id;
  int xp = 0;
  int level = 0;
  int streak = 0;
  int reviews_due = 0;
  std::vector<std::string> badges;
  std::string save_error;
  std::string profile_message;  // what the picker says after an open or import

  // The quiz on screen (-1 when none) and the last results.
  int quiz_question = -1;
  int quiz_count = 0;
  int quiz_points = 0;
  bool quiz_answered = false;
  std::string quiz_type;
  int result_correct = 0;
  int result_total = 0;
  bool result_passed = false;
  int result_xp = 0;
  std::vector<std::string> toasts;
  std::string breathing_phase;  // "", "ready", a phase label, "finished"
  double breathing_size = 0.0;
  // The rephrasing round on screen (round -1 when none).
  int rephrase_round = -1;
  std::string rephrase_type;  // "pick", "build", "write"
  bool rephrase_settled = false;
  bool rephrase_right = false;
  std::string rephrase_built;
  std::vector<SnapshotTile> rephrase_tiles;
  int rephrase_score = -1;  // the Write round's score once checked
  int rephrase_points = 0;  // the sitting's total so far
  int rephrase_streak = 0;  // rounds right in a row
  // The calm check around the breathing exercise on screen (0: not rated),
  // and what the learner's progress holds.
  int calm_before = 0;
  int calm_after = 0;
  int calm_checks = 0;
  int best_rephrase_streak = 0;
  std::string breathing_tone;  // "on", "off", or "" where the device has no sound

  // Installed course packs ("id@version"), the one in use ("" for the
  // built-in course), and what the last install said.
  std::vector<std::string> packs;
  std::string active_pack;
  std::string pack_message;
  std::vector<std::string> pack_problems;

  // A SCORM launch: "scorm12" or "scorm2004" ("" otherwise), the learner's
  // profile here, and what the course screen says about the LMS link.
  std::string lms;
  std::string lms_profile;
  std::string lms_notice;
  // Statements for an LRS (cmi5 or a kiosk's): how many wait to be sent
  // (-1: no LRS), and why they cannot go, if they cannot.
  int lrs_waiting = -1;
  std::string lrs_notice;

  // Kiosk mode: the idle countdown (-1 while stopped), the PIN pad.
  bool kiosk = false;
  double idle_seconds_left = -1.0;
  std::string pin_message;
  int pin_digits = 0;
  bool admin = false;  // the admin screens are unlocked
};

std::string to_json(const AppSnapshot& s);

}  // namespace warmline
