#include "ui/app.h"

#include <imgui.h>

#include <limits>
#include <utility>

#include "ui/first_screen_words.h"
#include "ui/theme.h"
#include "ui/widgets.h"

namespace warmline::ui {

App::~App() = default;

App::App(AppOptions options)
    : options_(std::move(options)),
      first_glyphs_(first_screen::kTitle, first_screen::kTagline, first_screen::body_characters()) {
  if (kiosk()) {
    // A shared kiosk opens on "Tap to start", and every Home leads back there.
    nav_ = Navigator(Screen::Attract);
    idle_.set_timeout(options_.kiosk.idle_timeout_seconds);
    options_.can_quit = false;  // only the admin screen may close a kiosk
  }
  ImGuiIO& io = ImGui::GetIO();
  io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;
  io.IniFilename = nullptr;  // screens are laid out by code; nothing to remember
  io.LogFilename = nullptr;
  apply_theme(ImGui::GetStyle());
}

void App::rebuild_fonts(float dpi_scale, FontSet set) {
  ImGuiIO& io = ImGui::GetIO();
  font_error_.clear();
  fonts_ = load_fonts(*io.Fonts, options_.asset_dir + "/fonts", dpi_scale, font_error_,
                      set == FontSet::FirstScreen ? &first_glyphs_ : nullptr);
  io.FontDefault = fonts_.body;
  io.FontGlobalScale = 1.0f / dpi_scale;
  scheduler_.wake();
}

void App::set_course(Course course) {
  builtin_course_ = std::make_unique<Course>(course);
  if (course_pack_.empty()) use_course(std::move(course));
}

void App::use_course(Course course) {
  reader_.reset();
  nav_.home();
  quiz_.reset();
  course_ = std::make_unique<Course>(std::move(course));
  course_index_ = std::make_unique<CourseIndex>(*course_);
  if (learner_) learner_->set_course(course_.get());
  course_problems_.clear();
  module_index_ = 0;
  scheduler_.wake();
}

void App::set_course_problems(std::vector<std::string> problems) {
  reader_.reset();
  nav_.home();
  quiz_.reset();
  if (learner_) learner_->set_course(nullptr);
  course_index_.reset();
  course_.reset();
  course_problems_ = std::move(problems);
  builtin_course_.reset();
  scheduler_.wake();
}

void App::set_window(int width, int height, float dpi_scale) {
  window_width_ = width;
  window_height_ = height;
  dpi_scale_ = dpi_scale;
}

std::uint64_t App::next_seed() {
  ++attempts_started_;
  const std::uint64_t base = options_.fixed_seed != 0 ? options_.fixed_seed
                                                      : static_cast<std::uint64_t>(clock_.unix_seconds) * 1000003u;
  return base + attempts_started_;
}

void App::set_storage(Storage* storage) {
  storage_ = storage;
  learner_ = storage ? std::make_unique<LearnerSession>(*storage, rules_) : nullptr;
  if (learner_) learner_->on_saved = [this] { report_to_lms(); };
  shelf_ = storage ? std::make_unique<PackShelf>(*storage) : nullptr;
  if (learner_) learner_->set_course(course_.get());
}

void App::storage_ready() {
  storage_ready_ = true;
  if (learner_) profiles_ = learner_->profiles();
  if (kiosk() && storage_) load_kiosk_settings();
  // An LMS launch, or any launch that names its pack, runs that course,
  // whatever packs this device has installed.
  if (options_.lms && learner_) open_lms_learner();
  if (!options_.lms && !options_.course_pinned) open_active_pack();
  if (kiosk()) start_kiosk_records();
  scheduler_.wake();
}

void App::set_focused(bool focused) {
  focused_ = focused;
  // The quiz clock stops while the learner is in another tab or window.
  if (quiz_) focused ? quiz_->resume(now_) : quiz_->pause(now_);
  // A breathing exercise left running in a background tab would be pointless.
  if (pacer_ && !focused) pacer_->pause(now_);
  scheduler_.wake();
}

void App::frame(double now) {
  now_ = now;
  reset_focused_item_label();
  const Screen before = nav_.current();
  if (kiosk()) update_idle(now);
  draw_current_screen();
  if (kiosk()) draw_idle_warning(now);
  if (ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape), false) && !ImGui::GetIO().WantTextInput) nav_.back();
  if (nav_.current() != Screen::Lesson) reader_.reset();
  record_new_answers();
  follow_learner_in_records();
  if (nav_.current() != Screen::Quiz) quiz_.reset();
  if (nav_.current() != Screen::Breathing) pacer_.reset();
  toasts_.draw(now, fonts_, scheduler_);
  // A new screen lays itself out over a couple of frames.
  if (nav_.current() != before) scheduler_.wake();
}

void App::draw_current_screen() {
  switch (nav_.current()) {
    case Screen::Welcome: draw_welcome(); break;
    case Screen::Help: draw_help(); break;
    case Screen::About: draw_about(); break;
    case Screen::Course: draw_course(); break;
    case Screen::Module: draw_module(); break;
    case Screen::Lesson: draw_lesson(); break;
    case Screen::Profiles: draw_profiles(); break;
    case Screen::NewProfile: draw_new_profile(); break;
    case Screen::Quiz: draw_quiz(); break;
    case Screen::Results: draw_results(); break;
    case Screen::Me: draw_me(); break;
    case Screen::Certificate: draw_certificate(); break;
    case Screen::Breathing: draw_breathing(); break;
    case Screen::Rephrase: draw_rephrase(); break;
    case Screen::Packs: draw_packs(); break;
    case Screen::Attract: draw_attract(); break;
    case Screen::PinEntry: draw_pin_entry(); break;
    case Screen::Admin: draw_admin(); break;
    case Screen::AdminLearners: draw_admin_learners(); break;
    case Screen::AdminProgress: draw_admin_progress(); break;
  }
}

void App::draw_welcome() {
  namespace words = first_screen;
  begin_screen("##welcome");
  title_text(fonts_, words::kTitle);
  ImGui::PushFont(fonts_.heading);
  muted_text(words::kTagline);
  ImGui::PopFont();
  vertical_space(12);
  body_text(words::kIntro);
  vertical_space(4);
  for (const char* point : words::kPoints) bullet_text(point);
  vertical_space(16);
  if (!font_error_.empty()) muted_text(font_error_.c_str());
  const bool signed_in = learner_ && learner_->active();
  const std::string start = signed_in ? words::kContinueAs + learner_->progress().name : std::string(words::kStart);
  if (options_.lms && !signed_in) {
    // The LMS's learner opens by themselves once saved progress is read.
    muted_text(lms_notice_.empty() ? words::kOpening : lms_notice_.c_str());
  } else if (primary_button((start + "###start").c_str())) {
    if (signed_in) {
      nav_.open(Screen::Course);
    } else {
      if (learner_ && storage_ready_) profiles_ = learner_->profiles();
      nav_.open(Screen::Profiles);
    }
  }
  ImGui::SetItemDefaultFocus();
  if (secondary_button(words::kHelp)) nav_.open(Screen::Help);
  if (shelf_ && !options_.lms && secondary_button(words::kPacks)) {
    refresh_packs();
    nav_.open(Screen::Packs);
  }
  if (secondary_button(words::kAbout)) nav_.open(Screen::About);
  if (options_.can_quit && secondary_button(words::kQuit)) quit_requested_ = true;
  end_screen();
}

void App::draw_help() {
  begin_screen("##help");
  heading_text(fonts_, "How Warmline works");
  body_text("Use whatever is in front of you: a mouse, a touch screen or just the keyboard.");
  vertical_space(8);
  ImGui::PushFont(fonts_.bold);
  body_text("Keyboard");
  ImGui::PopFont();
  bullet_text("Tab and Shift+Tab, or the arrow keys, move between buttons.");
  bullet_text("Enter or Space presses the highlighted button.");
  bullet_text("Esc takes you back one screen.");
  vertical_space(8);
  ImGui::PushFont(fonts_.bold);
  body_text("Touch and mouse");
  ImGui::PopFont();
  bullet_text("Tap or click any button; every one is big enough for a thumb.");
  vertical_space(16);
  if (primary_button("Back")) nav_.back();
  ImGui::SetItemDefaultFocus();
  end_screen();
}

void App::draw_about() {
  begin_screen("##about");
  heading_text(fonts_, "About Warmline");
  body_text("Warmline is a course engine for customer-service onboarding. Trainers write lessons and "
            "quizzes as plain text; new hires work through them here, in a browser or on a break-room kiosk.");
  vertical_space(8);
  ImGui::Text("Version %s · %s build", WARMLINE_VERSION, options_.target.c_str());
  if (!options_.renderer.empty()) muted_text(("Graphics: " + options_.renderer).c_str());
  vertical_space(8);
  muted_text("Built with Dear ImGui, SDL2 and cereal. Text is set in DejaVu Sans.");
  vertical_space(16);
  if (primary_button("Back")) nav_.back();
  ImGui::SetItemDefaultFocus();
  end_screen();
}

AppSnapshot App::snapshot() const {
  AppSnapshot s;
  s.screen = std::string(screen_name(nav_.current()));
  s.target = options_.target;
  s.version = WARMLINE_VERSION;
  s.focused = focused_;
  s.frames_drawn = scheduler_.frames_drawn();
  s.window_width = window_width_;
  s.window_height = window_height_;
  s.dpi_scale = dpi_scale_;
  s.focused_item = focused_item_label();
  s.font_problem = font_error_;
  if (course_) {
    s.course = course_->info.id;
    s.modules = static_cast<int>(course_->modules.size());
  }
  if (!course_problems_.empty()) s.course_error = course_problems_.front();
  s.day = clock_.day();
  if (learner_ && learner_->active()) {
    const LearnerProgress& p = learner_->progress();
    s.profile = p.name;
    s.profile_id = learner_->id();
    s.xp = p.xp;
    s.level = level_for_xp(p.xp, rules_.levels);
    s.streak = p.streak.current;
    for (const EarnedBadge& b : p.badges) s.badges.push_back(b.id);
    s.reviews_due = static_cast<int>(learner_->reviews_due(clock_.day()));
    s.save_error = learner_->save_error();
    s.lessons_read.assign(p.lessons_read.begin(), p.lessons_read.end());
    s.calm_checks = static_cast<int>(p.minigames.calm_checks.size());
    s.best_rephrase_streak = p.minigames.rephrase_best_streak;
  }
  if (options_.play_tone) s.breathing_tone = tone_on() ? "on" : "off";
  s.profiles = static_cast<int>(profiles_.size());
  s.storage_ready = storage_ready_;
  s.profile_message = profile_message_;
  if (quiz_) {
    s.quiz_question = static_cast<int>(quiz_->index());
    s.quiz_count = static_cast<int>(quiz_->count());
    s.quiz_points = quiz_->points();
    s.quiz_answered = quiz_->state() == QuizState::Answered;
    if (const Question* q = quiz_->question()) s.quiz_type = std::string(question_type_name(q->type));
  }
  if (nav_.current() == Screen::Results) {
    s.result_correct = last_result_.correct;
    s.result_total = static_cast<int>(last_result_.answers.size());
    s.result_passed = last_result_.passed;
    s.result_xp = last_xp_;
  }
  s.toasts = toasts_.titles();
  if (nav_.current() == Screen::Rephrase) {
    s.rephrase_points = rephrase_.tally.total();
    s.rephrase_streak = rephrase_.tally.streak();
  }
  if (nav_.current() == Screen::Rephrase && rephrase_.index < rephrase_.rounds.size()) {
    static const char* const kTypes[] = {"pick", "build", "write"};
    s.rephrase_round = static_cast<int>(rephrase_.index);
    s.rephrase_type = kTypes[static_cast<int>(rephrase_.rounds[rephrase_.index].type)];
    s.rephrase_settled = rephrase_.settled;
    s.rephrase_right = rephrase_.right;
    if (rephrase_.tiles) s.rephrase_built = rephrase_.tiles->assembled();
    s.rephrase_tiles = rephrase_.tile_spots;
    if (rephrase_.write_score) s.rephrase_score = rephrase_.write_score->score;
  }
  if (pacer_) {
    s.breathing_phase = pacer_->state(now_) == PacerState::Running || pacer_->state(now_) == PacerState::Paused
                            ? std::string(phase_label(pacer_->phase_kind(now_)))
                            : pacer_->state(now_) == PacerState::Finished ? "finished" : "ready";
    s.breathing_size = pacer_->breath_size(now_);
    s.calm_before = calm_before_;
    s.calm_after = calm_after_;
  }
  for (const PackSummary& p : packs_) s.packs.push_back(p.id + "@" + p.version);
  s.active_pack = course_pack_;
  if (options_.lms) {
    s.lms = to_string(options_.lms->standard);
    s.lms_profile = lms_profile_id(options_.lms->id);
    s.lms_notice = lms_notice_;
  }
  if (records_) {
    s.lrs_waiting = static_cast<int>(records_->waiting());
    s.lrs_notice = records_->notice();
  }
  s.pack_message = pack_message_;
  s.pack_problems = pack_problems_;
  s.kiosk = kiosk();
  if (kiosk()) {
    s.idle_seconds_left = idle_.deadline() == std::numeric_limits<double>::infinity() ? -1.0 : idle_.seconds_left(now_);
    s.pin_message = pin_.message;
    s.pin_digits = static_cast<int>(pin_.digits.size());
    s.admin = admin_unlocked_;
  }
  const Screen screen = nav_.current();
  if (const Module* m = open_module(); m && (screen == Screen::Module || screen == Screen::Lesson)) s.module = m->id;
  if (reader_) {
    s.lesson = reader_->lesson().id;
    s.card = static_cast<int>(reader_->index());
    s.cards = static_cast<int>(reader_->count());
  }
  return s;
}

}  // namespace warmline::ui
