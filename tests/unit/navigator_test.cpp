#include "core/navigator.h"

#include <doctest/doctest.h>

using warmline::Navigator;
using warmline::Screen;

TEST_CASE("navigation opens screens, goes back and never below the root") {
  Navigator nav;
  CHECK(nav.current() == Screen::Welcome);
  CHECK_FALSE(nav.back());
  nav.open(Screen::Help);
  nav.open(Screen::About);
  CHECK(nav.current() == Screen::About);
  CHECK(nav.back());
  CHECK(nav.current() == Screen::Help);
  nav.home();
  CHECK(nav.current() == Screen::Welcome);
  CHECK(nav.depth() == 1);
}

TEST_CASE("opening the current screen again does not stack it") {
  Navigator nav;
  nav.open(Screen::Help);
  nav.open(Screen::Help);
  CHECK(nav.depth() == 2);
  CHECK(nav.back());
  CHECK(nav.current() == Screen::Welcome);
}

TEST_CASE("screen names are the ones tests and the state hook use") {
  CHECK(warmline::screen_name(Screen::Welcome) == "welcome");
  CHECK(warmline::screen_name(Screen::Help) == "help");
  CHECK(warmline::screen_name(Screen::About) == "about");
}
