# stagecraft_add_test(NAME unit SOURCES a.cpp ... LIBS target... [LABELS l...] [ENV K=V...] [XVFB])
# One Qt Test executable per unit, named tst_<unit>, registered with CTest. Tests run on the
# offscreen platform and find their data through STAGECRAFT_TEST_DATA (tests/data) and the
# shared conformance corpus through STAGECRAFT_CORPUS_DIR.
set(STAGECRAFT_CORPUS_DIR "${CMAKE_SOURCE_DIR}/../shared/corpus" CACHE PATH "BuildKit conformance corpus")

function(stagecraft_add_test)
  cmake_parse_arguments(T "XVFB" "NAME" "SOURCES;LIBS;LABELS;ENV" ${ARGN})
  set(target tst_${T_NAME})
  add_executable(${target} ${T_SOURCES})
  target_link_libraries(${target} PRIVATE Qt6::Test stagecraft_options ${T_LIBS})
  target_compile_definitions(${target} PRIVATE
    STAGECRAFT_TEST_DATA="${CMAKE_SOURCE_DIR}/tests/data"
    STAGECRAFT_SOURCE_DIR="${CMAKE_SOURCE_DIR}"
    STAGECRAFT_CORPUS_DIR="${STAGECRAFT_CORPUS_DIR}"
    STAGECRAFT_BINARY_DIR="${CMAKE_BINARY_DIR}")
  if(T_XVFB)
    # A real X server: xvfb-run starts one on a free display for this test alone.
    find_program(XVFB_RUN xvfb-run REQUIRED)
    add_test(NAME ${T_NAME} COMMAND ${XVFB_RUN} -a -s "-screen 0 1600x1000x24" $<TARGET_FILE:${target}>)
    set(platform xcb)
  else()
    add_test(NAME ${T_NAME} COMMAND ${target})
    set(platform offscreen)
  endif()
  set_tests_properties(${T_NAME} PROPERTIES
    ENVIRONMENT "QT_QPA_PLATFORM=${platform};XDG_CONFIG_HOME=${CMAKE_BINARY_DIR}/test-config/${T_NAME};${T_ENV}"
    LABELS "${T_LABELS}")
endfunction()
