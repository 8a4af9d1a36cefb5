#include "core/lms/cmi5_session.h"

#include <cmath>

namespace warmline::lms {
namespace {

// Scores are ratios such as 4/5; a hair of rounding must not turn a pass
// at exactly the mastery score into a fail.
constexpr double kScoreTolerance = 1e-9;

Cmi5Verdict yes() { return Cmi5Verdict{true, {}}; }
Cmi5Verdict no(std::string reason) { return Cmi5Verdict{false, "cmi5: " + std::move(reason)}; }

bool valid_score(double score) { return std::isfinite(score) && score >= -1.0 && score <= 1.0; }

}  // namespace

Cmi5Session::Cmi5Session(const Cmi5LaunchData& launch_data, Cmi5Earlier earlier)
    : launch_data_(launch_data), earlier_(earlier) {}

Cmi5Verdict Cmi5Session::initialize() {
  if (terminated_) return no("initialized after terminated; the session is over");
  if (initialized_) return no("initialized was already sent in this session");
  initialized_ = true;
  return yes();
}

Cmi5Verdict Cmi5Session::may_judge(const char* what) const {
  if (!initialized_) return no(std::string(what) + " before initialized");
  if (terminated_) return no(std::string(what) + " after terminated");
  if (launch_data_.launch_mode != LaunchMode::Normal) {
    return no(std::string(what) + " in " + to_string(launch_data_.launch_mode) +
              " mode, which records no completion or result");
  }
  return yes();
}

Cmi5Verdict Cmi5Session::complete() {
  if (Cmi5Verdict v = may_judge("completed"); !v) return v;
  if (completed()) return no("completed was already sent for this registration");
  completed_ = true;
  return yes();
}

Cmi5Verdict Cmi5Session::pass(std::optional<double> score_scaled) {
  if (Cmi5Verdict v = may_judge("passed"); !v) return v;
  if (passed()) return no("passed was already sent for this registration");
  if (failed_) return no("failed was already sent in this session; only one of passed and failed");
  if (score_scaled && !valid_score(*score_scaled)) return no("passed with a score outside -1..1");
  if (launch_data_.mastery_score) {
    if (!score_scaled) return no("passed without a score, but the LMS set a mastery score");
    if (passes_mastery(*score_scaled) == false) return no("passed with a score below the mastery score");
  }
  passed_ = true;
  return yes();
}

Cmi5Verdict Cmi5Session::fail(std::optional<double> score_scaled) {
  if (Cmi5Verdict v = may_judge("failed"); !v) return v;
  if (passed()) return no("failed after passed for this registration");
  if (failed_) return no("failed was already sent in this session");
  if (score_scaled && !valid_score(*score_scaled)) return no("failed with a score outside -1..1");
  if (launch_data_.mastery_score) {
    if (!score_scaled) return no("failed without a score, but the LMS set a mastery score");
    if (passes_mastery(*score_scaled) == true) return no("failed with a score at or above the mastery score");
  }
  failed_ = true;
  return yes();
}

Cmi5Verdict Cmi5Session::terminate() {
  if (!initialized_) return no("terminated before initialized");
  if (terminated_) return no("terminated was already sent in this session");
  terminated_ = true;
  return yes();
}

Cmi5Verdict Cmi5Session::allowed_statement() const {
  if (!initialized_) return no("a statement before initialized");
  if (terminated_) return no("a statement after terminated");
  return yes();
}

std::optional<bool> Cmi5Session::passes_mastery(double score_scaled) const {
  if (!launch_data_.mastery_score) return std::nullopt;
  return score_scaled + kScoreTolerance >= *launch_data_.mastery_score;
}

bool Cmi5Session::move_on_satisfied() const {
  switch (launch_data_.move_on) {
    case MoveOn::Passed: return passed();
    case MoveOn::Completed: return completed();
    case MoveOn::CompletedAndPassed: return completed() && passed();
    case MoveOn::CompletedOrPassed: return completed() || passed();
    case MoveOn::NotApplicable: break;
  }
  return true;
}

}  // namespace warmline::lms
