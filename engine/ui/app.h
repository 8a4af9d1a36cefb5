#pragma once
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/app_snapshot.h"
#include "core/course/course.h"
#include "core/course/course_index.h"
#include "core/frame_scheduler.h"
#include "core/games/breathing_pacer.h"
#include "core/games/pick_round.h"
#include "core/games/rephrase_plan.h"
#include "core/games/rephrase_scorer.h"
#include "core/games/rephrase_tally.h"
#include "core/games/tile_round.h"
#include "core/kiosk/attempt_limiter.h"
#include "core/kiosk/idle_timer.h"
#include "core/lesson_reader.h"
#include "core/navigator.h"
#include "core/progress/calendar.h"
#include "core/progress/gamification_rules.h"
#include "core/quiz/quiz_session.h"
#include "save/pin_book.h"
#include "save/save_store.h"
#include "ui/build_round.h"
#include "ui/fonts.h"
#include "ui/kiosk.h"
#include "ui/learner_session.h"
#include "ui/learning_records.h"
#include "ui/lms_link.h"
#include "ui/pack_shelf.h"
#include "ui/toasts.h"

namespace warmline::ui {

struct AppOptions {
  std::string asset_dir = "assets";
  std::string target = "native";  // "web" or "native", shown on About and in the snapshot
  std::string renderer;           // the GL version string, for About
  bool can_quit = true;           // a browser tab has no Quit; a kiosk gets it from its admin screen
  // Saves the frame being drawn as a PNG named `file_name` (a download on the
  // web, a file natively); returns what to tell the learner.
  std::function<std::string(const std::string& file_name)> save_picture;
  // Hands `bytes` to the learner as a file (a download on the web).
  std::function<std::string(const std::string& file_name, const std::string& bytes)> offer_file;
  // Asks for a profile file; it arrives later through App::import_profile.
  std::function<std::string()> request_import;
  // Non-zero: quizzes and games draw from this seed instead of the clock, so
  // a scripted test sees the same questions every run.
  std::uint64_t fixed_seed = 0;
  // Plays the soft cue for a breathing phase; empty where there is no sound.
  std::function<void(BreathPhaseKind)> play_tone;
  // Off unless asked: a kiosk in a shared break room must not start beeping.
  bool tone_default_on = false;
  // Asks for a .wlpack file; it arrives later through App::install_pack.
  // Returns what to tell the trainer.
  std::function<std::string()> request_pack;
  KioskOptions kiosk;
  // Launched by a SCORM LMS: its learner is signed in (no picker, no pack
  // shelf), and after every save `report_to_lms` gets lms_report_json();
  // it returns false when the LMS is missing or refused the values.
  std::optional<LmsLearner> lms;
  // The course came from --pack (or a page's pack=): it is the one to run,
  // even where an installed pack was in use last time.
  bool course_pinned = false;
  std::function<bool(const std::string& report_json)> report_to_lms;
  // Statements for an LRS: a cmi5 launch's, a kiosk's (empty: not in this build).
  LearningRecordsFactory records;
};

// Wall-clock time as the platform read it, for calendar days (streaks,
// daily goals, review dates) and seeds. Tests set it; nothing here reads a clock.
struct WallClock {
  std::int64_t unix_seconds = 0;
  int utc_offset_minutes = 0;
  std::int64_t milliseconds = 0;  // within the second, for statement timestamps
  int day() const { return local_day(unix_seconds, utc_offset_minutes); }
  std::int64_t unix_ms() const { return unix_seconds * 1000 + milliseconds; }
};

// One sitting of the rephrasing game and the round on screen.
struct RephraseSitting {
  std::vector<PlannedRound> rounds;
  std::size_t index = 0;
  RephraseTally tally;
  RoundScore last;                       // of the settled round on screen
  std::vector<SnapshotTile> tile_spots;  // the Build round's tiles as last drawn
  std::uint64_t seed = 0;
  std::optional<PickRound> pick;
  std::optional<TileRound> tiles;
  char written[400] = {};
  std::optional<RephraseScore> write_score;
  bool settled = false;
  bool right = false;
  bool focus_writing = false;
};

// The whole application as ImGui sees it: screens over the core's state.
// It never touches SDL, GL or a clock; the platform layer drives it with
// `frame(now)` between ImGui::NewFrame and ImGui::Render.
class App {
 public:
  explicit App(AppOptions options);
  ~App();

  // Fonts are baked for the display's pixel density; call at start and
  // whenever it changes (the platform re-uploads the atlas texture). The
  // first call may bake only what the first screen needs (ui/fonts.h).
  void rebuild_fonts(float dpi_scale, FontSet set = FontSet::Complete);
  bool fonts_complete() const { return fonts_.complete; }
  void frame(double now);

  // The course to show. A pack that could not be loaded is passed as its
  // problems instead, and the course screen explains what went wrong.
  void set_course(Course course);
  void set_course_problems(std::vector<std::string> problems);

  // A compiled pack a trainer handed over (an upload, a kiosk's inbox). It
  // is validated, stored and made the course in use; a refused pack changes
  // nothing and its problems are shown as the CLI prints them.
  PackInstall install_pack(const std::string& file_name, const std::string& bytes);
  // A pack the platform could not even read (too big, say): shown the same way.
  void refuse_pack(const std::string& file_name, const std::string& problem);

  // Any input from the person in front of the screen (a kiosk's idle timer).
  void note_input(double now);

  // Where profiles are kept. On the web the stored files arrive after start;
  // until storage_ready() the profile screens say they are loading.
  void set_storage(Storage* storage);
  void storage_ready();
  void set_wall_clock(WallClock clock) { clock_ = clock; }
  // What the About screen names as the graphics (GL's version string).
  void set_graphics(std::string description) { options_.renderer = std::move(description); }
  // A profile file from another device (kiosk <-> browser). It becomes a new
  // profile here and is opened; a damaged file is refused with a message.
  void import_profile(const std::string& bytes);

  void set_window(int width, int height, float dpi_scale);
  void set_focused(bool focused);
  bool quit_requested() const { return quit_requested_; }

  // Work between frames (statements to an LRS); returns the seconds until it
  // next needs a turn, or -1 when only an event or an answer brings one.
  double background(double now);
  bool has_background_work() const { return records_ != nullptr; }
  // The page is going away (web pagehide): the last chance to report.
  void page_closing();

  FrameScheduler& scheduler() { return scheduler_; }
  AppSnapshot snapshot() const;

 private:
  void draw_current_screen();
  void draw_welcome();
  void draw_help();
  void draw_about();
  void draw_profiles();
  void draw_new_profile();
  void draw_course();
  void draw_course_header();
  void draw_course_problems();
  void draw_module();
  void draw_lesson();
  void draw_lesson_card(const LessonBlock& card);
  void draw_quiz();
  void draw_quiz_answers(QuizSession& q, const Question& question);
  void draw_quiz_feedback(QuizSession& q, const Question& question);
  void draw_results();
  void draw_me();
  void draw_certificate();
  void draw_breathing();
  void draw_breathing_controls(PacerState state);
  void cue_breathing_tone(const BreathingPacer& pacer);
  bool tone_on() const;
  void set_tone(bool on);
  void draw_breathing_list(const Module& m);
  void open_breathing(const BreathingPattern& pattern);
  void draw_rephrase();
  void open_rephrase(const Module& m);
  void begin_rephrase_round();
  void settle_rephrase_round(bool right, int base_points);
  std::uint64_t next_seed();
  const Module* open_module() const;
  void finish_lesson();
  void start_quiz(bool review);
  void prepare_question_picks();
  unsigned long long focus_moment(bool answered) const;
  void finish_quiz();
  void open_profile(const std::string& id);
  void sign_out();

  void draw_packs();
  void draw_pack_row(const PackSummary& pack, bool in_use, bool removable, int row);
  void use_course(Course course);
  void show_builtin_course();
  void open_active_pack();
  void refresh_packs();

  bool kiosk() const { return options_.kiosk.enabled; }
  void draw_attract();
  void draw_pin_entry();
  void draw_pin_pad();
  void begin_pin(PinEntry::Purpose purpose, const std::string& profile_id, const std::string& name);
  void run_pin_check();
  void pin_accepted();
  void draw_admin();
  void draw_admin_learners();
  void draw_admin_progress();
  void update_idle(double now);
  void draw_idle_warning(double now);
  void idle_reset();
  std::string kiosk_pin_key() const;
  void load_kiosk_settings();
  bool staff_only();

  AppOptions options_;
  FirstScreenGlyphs first_glyphs_;  // outlives every first-frame atlas build
  Fonts fonts_;
  std::string font_error_;
  Navigator nav_;
  FrameScheduler scheduler_;
  Toasts toasts_;
  GamificationRules rules_;
  WallClock clock_;
  double now_ = 0.0;
  bool focused_ = true;
  bool quit_requested_ = false;
  int window_width_ = 0, window_height_ = 0;
  float dpi_scale_ = 1.0f;

  std::unique_ptr<Course> course_;
  std::unique_ptr<CourseIndex> course_index_;
  std::vector<std::string> course_problems_;
  std::size_t module_index_ = 0;
  std::optional<LessonReader> reader_;
  std::size_t shown_card_ = 0;

  Storage* storage_ = nullptr;
  bool storage_ready_ = false;
  std::unique_ptr<LearnerSession> learner_;
  std::vector<ProfileSummary> profiles_;  // the picker's list, refreshed when it opens
  std::string profile_message_;           // why the last open/create/import failed, or what happened
  std::string export_message_;
  char new_name_[64] = {};

  std::optional<QuizSession> quiz_;
  Quiz review_quiz_;  // what a review session runs over; must outlive quiz_
  std::uint64_t attempts_started_ = 0;
  std::size_t prepared_question_ = 0;
  std::vector<bool> multi_picked_;
  std::vector<std::size_t> order_arrangement_;
  QuizResult last_result_;
  std::vector<ProgressEvent> last_events_;
  int last_xp_ = 0;
  bool show_mistakes_only_ = false;

  std::optional<BreathingPacer> pacer_;
  bool breathing_rewarded_ = false;
  int calm_before_ = 0;  // 1..5 once rated, else 0
  int calm_after_ = 0;
  long long cued_step_ = -1;        // the cycle and phase the last tone was for
  std::optional<bool> guest_tone_;  // the tone choice when nobody is signed in
  RephraseSitting rephrase_;

  std::unique_ptr<PackShelf> shelf_;
  std::unique_ptr<Course> builtin_course_;  // what the app ships with (or --pack gave)
  std::string course_pack_;                 // installed pack in use; "" for the built-in one
  std::vector<PackSummary> packs_;          // the Packs screen's list, refreshed when it opens
  std::string pack_message_;
  std::vector<std::string> pack_problems_;  // of the last refused upload

  std::unique_ptr<PinBook> pins_;
  IdleTimer idle_{120};
  AttemptLimiter attempts_;
  PinEntry pin_;
  bool admin_unlocked_ = false;
  std::vector<std::string> admin_messages_;
  std::string admin_learner_;                   // the learner whose PIN reset waits for "Yes"
  std::vector<LearnerRecord> staff_records_;    // the progress report's profiles,
  std::optional<ProgressReport> staff_report_;  // read when the report opens

  // LMS launches (ui/app_lms.cpp).
  void open_lms_learner();
  void report_to_lms();
  std::string lms_notice_;  // shown on the course screen when the LMS cannot have everything

  // Learning records (ui/app_lrs.cpp).
  void open_cmi5_learner();
  void start_kiosk_records();
  void follow_learner_in_records();
  void record_new_answers();
  std::unique_ptr<LearningRecords> records_;
  std::size_t answers_recorded_ = 0;  // of the quiz on screen
  std::string records_learner_;       // whom a kiosk's records are about now (profile id),
  std::string records_course_;        // and in which course (pack id)

  bool certificate_capture_ = false;  // the next frame is the picture: no buttons on it
  std::string certificate_message_;
};

}  // namespace warmline::ui
