#pragma once
#include <optional>
#include <string>

#include "core/lms/cmi5_launch_data.h"

// The cmi5 ordering rules for one launch (a session), asked before a
// statement is queued. Each action method checks the rule and, if the
// statement may be sent, records it; the caller queues it only then.
//
//  - initialized first, once; terminated last, once; nothing after it;
//  - allowed statements (lessons, questions, quizzes, games) only between;
//  - completed once per registration (`earlier` carries what previous
//    sessions already sent);
//  - at most one of passed and failed per session, passed once per
//    registration, no failed once passed; with a mastery score, passed
//    needs score >= masteryScore and failed needs score < masteryScore;
//  - in Browse and Review launch modes, no completed, passed or failed.
namespace warmline::lms {

struct Cmi5Verdict {
  bool allowed = false;
  std::string reason;  // why not, when not allowed
  explicit operator bool() const { return allowed; }
};

// What earlier sessions of the same registration sent (the caller keeps
// this with the learner's progress).
struct Cmi5Earlier {
  bool completed = false;
  bool passed = false;
};

class Cmi5Session {
 public:
  explicit Cmi5Session(const Cmi5LaunchData& launch_data, Cmi5Earlier earlier = {});

  Cmi5Verdict initialize();
  Cmi5Verdict complete();
  // `score_scaled` in [-1, 1]; needed when the LMS gave a mastery score.
  Cmi5Verdict pass(std::optional<double> score_scaled);
  Cmi5Verdict fail(std::optional<double> score_scaled);
  Cmi5Verdict terminate();
  // A cmi5 allowed statement: checks only, nothing to record.
  Cmi5Verdict allowed_statement() const;

  // Pass or fail by the mastery score, for a caller with a score in hand:
  // which of pass()/fail() applies. Without a mastery score, nullopt (the
  // AU's own rule decides).
  std::optional<bool> passes_mastery(double score_scaled) const;

  bool initialized() const { return initialized_; }
  bool terminated() const { return terminated_; }
  // Completed / passed in this session or an earlier one.
  bool completed() const { return completed_ || earlier_.completed; }
  bool passed() const { return passed_ || earlier_.passed; }
  bool failed() const { return failed_; }

  // The LMS's moveOn criterion is met by what has been sent (so the UI can
  // say "sent to your LMS"). NotApplicable is always met.
  bool move_on_satisfied() const;

 private:
  // Shared by complete/pass/fail: inside the session and in Normal mode.
  Cmi5Verdict may_judge(const char* what) const;

  Cmi5LaunchData launch_data_;
  Cmi5Earlier earlier_;
  bool initialized_ = false;
  bool terminated_ = false;
  bool completed_ = false;
  bool passed_ = false;
  bool failed_ = false;
};

}  // namespace warmline::lms
