#pragma once
#include <string>

// The words on the first screen anyone sees: the welcome screen, or "Tap to
// start" on a kiosk. Those screens draw them from here, and the first frame's
// fonts hold only their characters (FirstScreenGlyphs in fonts.h), so a word
// changed here is a word the first frame can draw.
namespace warmline::ui::first_screen {

inline constexpr char kTitle[] = "Warmline";  // title font
inline constexpr char kTagline[] = "Customer-service skills, one short lesson at a time";  // heading font

// Body font, from here on.
inline constexpr char kIntro[] =
    "Every customer you help is someone’s whole day. Warmline trains you for those moments — "
    "the angry caller, the confused shopper, the “I’ve already explained this twice” chat.";
inline constexpr const char* kPoints[] = {
    "Short lessons you can finish on a break",
    "Timed quizzes built on real situations",
    "Breathing and rephrasing games for calm, positive replies",
};
inline constexpr char kStart[] = "Start learning";
inline constexpr char kContinueAs[] = "Continue as ";
inline constexpr char kOpening[] = "Opening your course…";
inline constexpr char kHelp[] = "How Warmline works";
inline constexpr char kPacks[] = "Course packs";
inline constexpr char kAbout[] = "About Warmline";
inline constexpr char kQuit[] = "Quit";
// The kiosk's attract screen.
inline constexpr char kTodaysCourse[] = "Today’s course: ";
inline constexpr char kCourseSummary[] = " · lessons, timed quizzes and calm-down games";
inline constexpr char kTapToStart[] = "Tap to start";
inline constexpr char kStaff[] = "Staff";

inline std::string body_characters() {
  std::string all = std::string(kIntro) + kStart + kContinueAs + kOpening + kHelp + kPacks + kAbout + kQuit +
                    kTodaysCourse + kCourseSummary + kTapToStart + kStaff;
  for (const char* point : kPoints) all += point;
  return all;
}

}  // namespace warmline::ui::first_screen
