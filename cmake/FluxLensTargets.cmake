# Helpers that keep target definitions short and uniform.

# fluxlens_core_library(NAME SOURCES... [DEPS target...])
# A Qt-free static library under core/: AUTOMOC off, strict warnings, headers found as
# "area/header.h" from core/.
function(fluxlens_core_library name)
  cmake_parse_arguments(ARG "" "" "SOURCES;DEPS;PRIVATE_DEPS" ${ARGN})
  add_library(${name} STATIC ${ARG_SOURCES})
  add_library(fluxlens::${name} ALIAS ${name})
  set_target_properties(${name} PROPERTIES AUTOMOC OFF AUTOUIC OFF AUTORCC OFF
                                           POSITION_INDEPENDENT_CODE ON)
  target_include_directories(${name} PUBLIC ${PROJECT_SOURCE_DIR}/core)
  target_compile_options(${name} PRIVATE -Wall -Wextra -Wpedantic)
  target_link_libraries(${name} PUBLIC fluxlens_config ${ARG_DEPS} PRIVATE ${ARG_PRIVATE_DEPS})
endfunction()

# Strict Qt defines for every target that uses Qt.
function(fluxlens_qt_strict name)
  target_compile_definitions(${name} PRIVATE QT_NO_CAST_FROM_ASCII QT_NO_KEYWORDS
                                             QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
                                             QT_NO_URL_CAST_FROM_STRING)
  target_compile_options(${name} PRIVATE -Wall -Wextra)
endfunction()

# The one timeout policy of the tests (tests/support/test_timeouts.h): CTest's limit of each test
# and every wait inside it are base figures multiplied by this scale (5 in the sanitize preset).
set(FLUXLENS_TEST_TIMEOUT_SCALE 1 CACHE STRING
    "Multiplies every test timeout (CTest's and the waits inside the Qt tests)")

# fluxlens_add_test(NAME SOURCES... LIBS... [TIMEOUT seconds] [GUI])
# A Qt Test executable registered with CTest; GUI tests run on the offscreen platform.
function(fluxlens_add_test name)
  cmake_parse_arguments(ARG "GUI" "TIMEOUT" "SOURCES;LIBS" ${ARGN})
  add_executable(${name} ${ARG_SOURCES})
  target_link_libraries(${name} PRIVATE Qt6::Test ${ARG_LIBS})
  target_compile_definitions(${name} PRIVATE
    FLUXLENS_SOURCE_DIR="${PROJECT_SOURCE_DIR}"
    FLUXLENS_SHARED_DATA_DIR="${PROJECT_SOURCE_DIR}/../shared/data")
  fluxlens_qt_strict(${name})
  add_test(NAME ${name} COMMAND ${name})
  set(env "QT_QPA_PLATFORM=offscreen" "FLUXLENS_TEST_TIMEOUT_SCALE=${FLUXLENS_TEST_TIMEOUT_SCALE}")
  if(NOT ARG_TIMEOUT)
    set(ARG_TIMEOUT 300)
  endif()
  fluxlens_scaled_timeout(timeout ${ARG_TIMEOUT})
  set_tests_properties(${name} PROPERTIES ENVIRONMENT "${env}" TIMEOUT ${timeout})
endfunction()

# fluxlens_scaled_timeout(OUT seconds): `seconds` under FLUXLENS_TEST_TIMEOUT_SCALE, for CTest.
function(fluxlens_scaled_timeout out seconds)
  if(NOT FLUXLENS_TEST_TIMEOUT_SCALE MATCHES "^[1-9][0-9]*$")
    message(FATAL_ERROR "FLUXLENS_TEST_TIMEOUT_SCALE must be a whole number of 1 or more, "
                        "not '${FLUXLENS_TEST_TIMEOUT_SCALE}'")
  endif()
  math(EXPR scaled "${seconds} * ${FLUXLENS_TEST_TIMEOUT_SCALE}")
  set(${out} ${scaled} PARENT_SCOPE)
endfunction()
