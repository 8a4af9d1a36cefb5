// Kiosk mode: "Tap to start", learners' PINs, the idle reset that keeps one
// learner's progress from the next, and the staff screens behind the admin
// PIN. The PIN hashing and the inbox arrive as callbacks (ui/kiosk.h).
#include <imgui.h>

#include <cmath>
#include <cstdio>
#include <cstdlib>

#include "core/kiosk/pin_format.h"
#include "ui/app.h"
#include "ui/first_screen_words.h"
#include "ui/theme.h"
#include "ui/widgets.h"
#include "ui/wording.h"

namespace warmline::ui {
namespace {

constexpr float kKey = 84.0f;
constexpr float kKeyGap = 16.0f;
constexpr int kIdleStep = 30;  // seconds per tap of the admin's timeout buttons
constexpr const char* kIdleTimeoutFile = "kiosk-idle-timeout";

std::string idle_words(int seconds) {
  const int m = seconds / 60, s = seconds % 60;
  std::string out;
  if (m > 0) out = plural(static_cast<std::size_t>(m), "minute", "minutes");
  if (s > 0) out += (out.empty() ? "" : " ") + plural(static_cast<std::size_t>(s), "second", "seconds");
  return out;
}

// Starts a row of `width` points centred in the column.
void centre_row(float width) {
  const float avail = column_width();
  ImGui::SetCursorPosX(ImGui::GetCursorPosX() + std::max(0.0f, (avail - width) * 0.5f));
}

}  // namespace

void App::load_kiosk_settings() {
  pins_ = std::make_unique<PinBook>(*storage_);
  const std::optional<std::string> saved = storage_->read_file(kIdleTimeoutFile);
  if (!saved) return;
  char* end = nullptr;
  const long seconds = std::strtol(saved->c_str(), &end, 10);
  if (end != saved->c_str() && *end == '\0' && seconds >= 30 && seconds <= 3600) idle_.set_timeout(static_cast<double>(seconds));
}

bool App::staff_only() {
  // Screens behind the admin PIN: reached any other way (an idle reset
  // underneath, a stale Back), they send the person to the start instead.
  if (admin_unlocked_) return true;
  nav_.home();
  return false;
}

std::string App::kiosk_pin_key() const {
  return pin_.purpose == PinEntry::Purpose::Admin ? std::string("admin") : pin_.profile_id;
}

void App::note_input(double now) {
  if (!kiosk() || nav_.current() == Screen::Attract) return;
  idle_.touched(now);
}

void App::update_idle(double now) {
  if (nav_.current() == Screen::Attract) {
    // Back at "Tap to start" by any road (Esc, Sign out, the timeout):
    // nobody stays signed in for the next person.
    if (learner_ && learner_->active()) learner_->close();
    admin_unlocked_ = false;
    idle_.stop();
    return;
  }
  if (std::isinf(idle_.deadline())) idle_.touched(now);  // the countdown starts on leaving "Tap to start"
  // Breathing along with the circle is using the kiosk, hands off: a 4-7-8
  // exercise outlasts a one-minute timeout.
  if (pacer_ && pacer_->state(now) == PacerState::Running) idle_.touched(now);
  if (idle_.expired(now)) {
    idle_reset();
    return;
  }
  scheduler_.wake_at(idle_.warning(now) ? now : idle_.warning_start());
  scheduler_.wake_at(idle_.deadline());
}

void App::idle_reset() {
  // Every answer, lesson and game was saved as it happened; what is lost is
  // only the half-done screen, which the next person must not see anyway.
  if (learner_) learner_->close();
  admin_unlocked_ = false;
  pin_ = PinEntry{};
  admin_learner_.clear();
  nav_.home();
  idle_.stop();
  if (learner_ && storage_ready_) profiles_ = learner_->profiles();
  scheduler_.wake();
}

void App::draw_idle_warning(double now) {
  if (nav_.current() == Screen::Attract || !idle_.warning(now)) return;
  const int left = static_cast<int>(std::ceil(idle_.seconds_left(now)));
  // Tick once a second, on the second.
  scheduler_.wake_at(now + (idle_.seconds_left(now) - std::floor(idle_.seconds_left(now))) + 0.001);
  const ImGuiViewport* vp = ImGui::GetMainViewport();
  ImGui::SetNextWindowPos(ImVec2(vp->WorkPos.x + vp->WorkSize.x * 0.5f, vp->WorkPos.y + vp->WorkSize.y * 0.5f),
                          ImGuiCond_Always, ImVec2(0.5f, 0.5f));
  ImGui::SetNextWindowSize(ImVec2(std::min(520.0f, vp->WorkSize.x - 32.0f), 0));
  ImGui::PushStyleColor(ImGuiCol_WindowBg, palette::vec(palette::kCard));
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(32, 28));
  ImGui::PushStyleVar(ImGuiStyleVar_WindowBorderSize, 2.0f);
  ImGui::PushStyleColor(ImGuiCol_Border, palette::vec(palette::kAmber));
  ImGui::Begin("##still-there", nullptr,
               ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
                   ImGuiWindowFlags_AlwaysAutoResize);
  ImGui::PushFont(fonts_.heading);
  ImGui::TextUnformatted("Still there?");
  ImGui::PopFont();
  ImGui::TextWrapped("%s", (learner_ && learner_->active()
                                ? "Your progress is saved. In " + plural(static_cast<std::size_t>(left), "second", "seconds") +
                                      " this screen goes back to the start, so the next person can’t open your profile."
                                : "Going back to the start in " + plural(static_cast<std::size_t>(left), "second", "seconds") +
                                      ".")
                                   .c_str());
  ImGui::Dummy(ImVec2(1, 8));
  ImGui::PushStyleColor(ImGuiCol_Button, palette::vec(palette::kTeal));
  ImGui::PushStyleColor(ImGuiCol_ButtonHovered, palette::vec(palette::kTealHover));
  ImGui::PushStyleColor(ImGuiCol_Text, palette::vec(0xFFFFFF));
  if (ImGui::Button("I’m still here", ImVec2(-1, metrics::kMinTouchTarget))) idle_.touched(now);
  ImGui::PopStyleColor(3);
  ImGui::End();
  ImGui::PopStyleColor(2);
  ImGui::PopStyleVar(2);
}

void App::draw_attract() {
  namespace words = first_screen;
  begin_screen("##attract");
  const ImGuiViewport* vp = ImGui::GetMainViewport();
  vertical_space(std::max(0.0f, vp->WorkSize.y * 0.18f));
  title_text(fonts_, words::kTitle);
  ImGui::PushFont(fonts_.heading);
  muted_text(words::kTagline);
  ImGui::PopFont();
  vertical_space(24);
  if (course_) {
    body_text((words::kTodaysCourse + course_->info.title).c_str());
    muted_text((plural(course_->modules.size(), "skill", "skills") + words::kCourseSummary).c_str());
  }
  vertical_space(40);
  if (primary_button(words::kTapToStart)) {
    profile_message_.clear();
    if (learner_ && storage_ready_) profiles_ = learner_->profiles();
    nav_.open(Screen::Profiles);
  }
  ImGui::SetItemDefaultFocus();
  // Staff only, and small: the admin screen is behind its own PIN.
  ImGui::SetCursorPosY(std::max(ImGui::GetCursorPosY() + 24.0f, vp->WorkSize.y - 72.0f));
  if (corner_button(words::kStaff)) begin_pin(PinEntry::Purpose::Admin, "", "");
  ImGui::Dummy(ImVec2(1, metrics::kMinTouchTarget));
  // A tap anywhere else starts too: "Tap to start" means the whole screen.
  if (ImGui::IsMouseReleased(ImGuiMouseButton_Left) && !ImGui::IsAnyItemHovered() && ImGui::IsWindowHovered() &&
      nav_.current() == Screen::Attract) {
    if (learner_ && storage_ready_) profiles_ = learner_->profiles();
    nav_.open(Screen::Profiles);
  }
  end_screen();
}

void App::begin_pin(PinEntry::Purpose purpose, const std::string& profile_id, const std::string& name) {
  pin_ = PinEntry{};
  pin_.purpose = purpose;
  pin_.profile_id = profile_id;
  pin_.name = name;
  if (purpose == PinEntry::Purpose::Admin && options_.kiosk.admin_pin_hash.empty()) {
    pin_.message = "No staff PIN is set on this kiosk. On the machine, run warmline --set-admin-pin --config "
                   "/etc/warmline/kiosk.conf, then restart Warmline.";
    pin_.message_is_error = true;
  }
  nav_.open(Screen::PinEntry);
  scheduler_.wake();
}

void App::pin_accepted() {
  const PinEntry done = pin_;
  pin_ = PinEntry{};
  switch (done.purpose) {
    case PinEntry::Purpose::Admin:
      admin_unlocked_ = true;
      admin_messages_.clear();
      nav_.back();
      nav_.open(Screen::Admin);
      break;
    case PinEntry::Purpose::SignIn:
      open_profile(done.profile_id);
      if (!profile_message_.empty()) nav_.back();  // the picker shows why
      break;
    case PinEntry::Purpose::Choose:
    case PinEntry::Purpose::Confirm:
      if (!learner_ || learner_->id() != done.profile_id) open_profile(done.profile_id);
      nav_.home();
      nav_.open(Screen::Course);
      toasts_.push("Your PIN is set", "Use it each time you sign in on this kiosk.");
      break;
  }
}

void App::run_pin_check() {
  PinEntry& p = pin_;
  p.checking = false;
  const KioskOptions& k = options_.kiosk;
  if (!k.check_pin || !k.hash_pin || !pins_) {
    p.message = "PINs cannot be checked on this device.";
    p.message_is_error = true;
    return;
  }
  if (p.purpose == PinEntry::Purpose::Confirm) {
    const std::string hash = k.hash_pin(p.digits);
    const IoStatus st = pins_->set(p.profile_id, hash);
    if (!st.ok()) {
      p.message = "Your PIN could not be saved: " + st.error;
      p.message_is_error = true;
      p.digits.clear();
      return;
    }
    pin_accepted();
    return;
  }
  const std::string key = kiosk_pin_key();
  const std::optional<std::string> stored =
      p.purpose == PinEntry::Purpose::Admin ? std::optional<std::string>(k.admin_pin_hash) : pins_->hash_for(p.profile_id);
  if (stored && k.check_pin(p.digits, *stored)) {
    attempts_.succeeded(key);
    pin_accepted();
    return;
  }
  attempts_.failed(key, now_);
  p.digits.clear();
  p.message_is_error = true;
  // The wrong PIN that starts the pause is the one after the free ones.
  const int before_pause = AttemptLimiter::kFreeFailures + 1 - attempts_.failures(key);
  if (before_pause > 0) {
    p.message = "That PIN didn’t match. " + plural(static_cast<std::size_t>(before_pause), "more wrong try", "more wrong tries") +
                " and the pad pauses for " + std::to_string(static_cast<int>(AttemptLimiter::kFirstLock)) + " seconds.";
  } else {
    p.message = "That PIN didn’t match.";
  }
}

void App::draw_pin_pad() {
  PinEntry& p = pin_;
  const std::optional<double> locked = attempts_.locked_for(kiosk_pin_key(), now_);
  const bool blocked = locked.has_value() || p.checking ||
                       (p.purpose == PinEntry::Purpose::Admin && options_.kiosk.admin_pin_hash.empty());
  bool submit = false;
  auto type_digit = [&](char c) {
    if (!blocked && p.digits.size() < kMaxPinDigits) p.digits.push_back(c);
  };
  // Keyboards type digits and Backspace/Enter, as on any PIN field.
  ImGuiIO& io = ImGui::GetIO();
  for (ImWchar c : io.InputQueueCharacters) {
    if (c >= '0' && c <= '9') type_digit(static_cast<char>(c));
  }
  if (ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Backspace)) && !p.digits.empty()) p.digits.pop_back();

  // One dot per digit: filled as typed, at least four.
  const std::size_t dots = std::max<std::size_t>(kMinPinDigits, p.digits.size());
  constexpr float kDot = 18.0f, kDotGap = 22.0f;
  const float dots_width = static_cast<float>(dots) * kDot + static_cast<float>(dots - 1) * kDotGap;
  centre_row(dots_width);
  const ImVec2 at = ImGui::GetCursorScreenPos();
  ImDrawList* dl = ImGui::GetWindowDrawList();
  for (std::size_t i = 0; i < dots; ++i) {
    const ImVec2 c(at.x + kDot * 0.5f + static_cast<float>(i) * (kDot + kDotGap), at.y + kDot * 0.5f);
    if (i < p.digits.size()) dl->AddCircleFilled(c, kDot * 0.5f, palette::rgb(palette::kTeal));
    else dl->AddCircle(c, kDot * 0.5f - 1.0f, palette::rgb(palette::kInkMuted), 0, 2.0f);
  }
  ImGui::Dummy(ImVec2(dots_width, kDot));
  vertical_space(12);

  static const char* const kKeys[12] = {"1", "2", "3", "4", "5", "6", "7", "8", "9", "Clear", "0", "OK"};
  ImGui::BeginDisabled(blocked);
  for (int row = 0; row < 4; ++row) {
    centre_row(3 * kKey + 2 * kKeyGap);
    for (int col = 0; col < 3; ++col) {
      const int i = row * 3 + col;
      if (col > 0) ImGui::SameLine(0, kKeyGap);
      const bool ok_key = i == 11;
      if (key_button(kKeys[i], kKey, ok_key)) {
        if (i == 9) p.digits.clear();
        else if (ok_key) submit = true;
        else type_digit(kKeys[i][0]);
      }
      if (ok_key) ImGui::SetItemDefaultFocus();
    }
    vertical_space(kKeyGap - ImGui::GetStyle().ItemSpacing.y);
  }
  ImGui::EndDisabled();

  if (locked) {
    p.message = "Too many wrong tries. You can try again in " +
                plural(static_cast<std::size_t>(std::ceil(*locked)), "second", "seconds") + ".";
    p.message_is_error = true;
    scheduler_.wake_at(now_ + (*locked - std::floor(*locked)) + 0.001);
  }
  if (!submit || blocked) return;
  if (!is_valid_pin(p.digits)) {
    p.message = "A PIN has 4 to 6 digits.";
    p.message_is_error = true;
    return;
  }
  switch (p.purpose) {
    case PinEntry::Purpose::Choose:
      if (is_easy_pin(p.digits)) {
        p.message = "That one is easy to guess. Pick 4 to 6 digits that aren’t all the same or in a row.";
        p.message_is_error = true;
        p.digits.clear();
        return;
      }
      p.chosen = p.digits;
      p.digits.clear();
      p.purpose = PinEntry::Purpose::Confirm;
      p.message.clear();
      p.message_is_error = false;
      return;
    case PinEntry::Purpose::Confirm:
      if (p.digits != p.chosen) {
        p.purpose = PinEntry::Purpose::Choose;
        p.digits.clear();
        p.chosen.clear();
        p.message = "Those two PINs were different. Choose one again.";
        p.message_is_error = true;
        return;
      }
      break;
    case PinEntry::Purpose::SignIn:
    case PinEntry::Purpose::Admin:
      break;
  }
  // The hash takes a moment: show "Checking…" on this frame, check on the next.
  p.checking = true;
  p.checking_frame = static_cast<int>(scheduler_.frames_drawn());
  p.message = p.purpose == PinEntry::Purpose::Confirm ? "Saving your PIN…" : "Checking…";
  p.message_is_error = false;
  scheduler_.wake(2);
}

void App::draw_pin_entry() {
  if (pin_.checking && scheduler_.frames_drawn() > pin_.checking_frame) run_pin_check();
  if (nav_.current() != Screen::PinEntry) return;
  begin_screen("##pin");
  switch (pin_.purpose) {
    case PinEntry::Purpose::SignIn:
      heading_text(fonts_, ("Hi " + pin_.name + ". Enter your PIN.").c_str());
      muted_text("Forgot it? Ask your trainer to reset it on the staff screen.");
      break;
    case PinEntry::Purpose::Admin:
      heading_text(fonts_, "Staff PIN");
      muted_text("For trainers and managers: packs, learners and progress.");
      break;
    case PinEntry::Purpose::Choose:
      heading_text(fonts_, ("Choose a PIN, " + pin_.name).c_str());
      muted_text("4 to 6 digits. You’ll type it each time you sign in here, so only you can open your progress.");
      break;
    case PinEntry::Purpose::Confirm:
      heading_text(fonts_, "Type the same PIN again");
      muted_text("Just to be sure it’s the one you meant.");
      break;
  }
  vertical_space(16);
  draw_pin_pad();
  if (!pin_.message.empty()) {
    vertical_space(8);
    ImGui::PushStyleColor(ImGuiCol_Text, palette::vec(pin_.message_is_error ? palette::kBadInk : palette::kInkMuted));
    centred_text(pin_.message.c_str());
    ImGui::PopStyleColor();
  }
  vertical_space(16);
  if (secondary_button("Back")) nav_.back();
  end_screen();
}

void App::draw_admin() {
  if (!staff_only()) return;
  begin_screen("##admin");
  heading_text(fonts_, "Staff screen");
  const std::string course = course_ ? course_->info.title + " " + version_string(course_->info.version) : "none";
  muted_text(("Course in use: " + course + " · " + plural(profiles_.size(), "learner", "learners") +
              " on this kiosk").c_str());
  if (records_) {
    // Staff are the ones who can fix a network or a wrong LRS key.
    const std::string& to = records_->endpoint();
    muted_text((records_->waiting() == 0
                    ? "Learning records: all sent to " + to
                    : "Learning records: " + plural(records_->waiting(), "update", "updates") + " waiting for " + to)
                   .c_str());
    if (!records_->notice().empty()) muted_text(records_->notice().c_str());
  }
  vertical_space(8);
  if (list_button("##packs", "Course packs", "Install signed packs from the inbox, switch or remove packs", "", fonts_)) {
    refresh_packs();
    pack_problems_.clear();
    nav_.open(Screen::Packs);
  }
  ImGui::SetItemDefaultFocus();
  if (list_button("##learners", "Learners", "Who uses this kiosk; reset a forgotten PIN", "", fonts_)) {
    if (learner_ && storage_ready_) profiles_ = learner_->profiles();
    admin_learner_.clear();
    admin_messages_.clear();
    nav_.open(Screen::AdminLearners);
  }
  if (list_button("##progress", "Progress report", "Mastery per skill, the most missed questions, CSV export", "",
                  fonts_)) {
    admin_messages_.clear();
    staff_report_.reset();
    nav_.open(Screen::AdminProgress);
  }
  vertical_space(8);
  const int timeout = static_cast<int>(idle_.timeout());
  body_text(("Back to “Tap to start” after " + idle_words(timeout) + " without a touch").c_str());
  auto set_timeout = [&](int seconds) {
    seconds = std::clamp(seconds, 30, 3600);
    idle_.set_timeout(seconds);
    // Kept with the profiles, not in the config: the kiosk user may not
    // write /etc, and staff change this without a terminal.
    const IoStatus st = storage_ ? storage_->write_file_atomic(kIdleTimeoutFile, std::to_string(seconds))
                                 : IoStatus{"there is no storage"};
    const std::string problem = st.error;
    admin_messages_ = {problem.empty() ? "The idle timeout is now " + idle_words(seconds) + "."
                                       : "The idle timeout is " + idle_words(seconds) + " until Warmline restarts: " +
                                             problem};
  };
  if (half_button("30 s shorter", false, 0)) set_timeout(timeout - kIdleStep);
  if (half_button("30 s longer", false, 1)) set_timeout(timeout + kIdleStep);
  for (const std::string& m : admin_messages_) muted_text(m.c_str());
  vertical_space(8);
  if (primary_button("Lock and go back to the start")) idle_reset();
  if (secondary_button("Quit Warmline")) quit_requested_ = true;
  end_screen();
}

void App::draw_admin_learners() {
  if (!staff_only()) return;
  begin_screen("##admin-learners");
  heading_text(fonts_, "Learners");
  muted_text(profiles_.empty() ? "Nobody has a profile on this kiosk yet."
                               : "Tap a learner to reset their PIN. They choose a new one the next time they sign "
                                 "in; their progress is kept.");
  vertical_space(4);
  for (std::size_t i = 0; i < profiles_.size(); ++i) {
    const ProfileSummary& p = profiles_[i];
    const bool has_pin = pins_ && pins_->hash_for(p.id).has_value();
    const std::string title = p.name.empty() ? p.id : p.name;
    const std::string detail = !p.error.empty() ? "Cannot be opened: " + p.error
                                                : std::to_string(p.xp) + " XP · " + (has_pin ? "PIN set" : "no PIN yet");
    ImGui::PushID(static_cast<int>(i));
    if (list_button("##learner", title.c_str(), detail.c_str(), "", fonts_)) admin_learner_ = p.id;
    if (admin_learner_ == p.id) {
      if (!has_pin) {
        muted_text((title + " has no PIN yet; they choose one at their next sign-in.").c_str());
      } else {
        body_text(("Reset " + title + "’s PIN?").c_str());
        if (half_button("Yes, reset it", true, 0)) {
          const IoStatus st = pins_->clear(p.id);
          attempts_.succeeded(p.id);  // a fresh start, without the lockout
          admin_messages_ = {st.ok() ? title + "’s PIN was reset." : "Could not reset the PIN: " + st.error};
          admin_learner_.clear();
        }
        if (half_button("No", false, 1)) admin_learner_.clear();
      }
    }
    ImGui::PopID();
  }
  for (const std::string& m : admin_messages_) muted_text(m.c_str());
  vertical_space(8);
  if (secondary_button("Back")) nav_.back();
  end_screen();
}

}  // namespace warmline::ui
