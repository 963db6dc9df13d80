# stagecraft_add_test(NAME unit SOURCES a.cpp ... LIBS target... [LABELS l...] [ENV K=V...])
# One Qt Test executable per unit, named tst_<unit>, registered with CTest. Tests run on the
# offscreen platform and find their data through STAGECRAFT_TEST_DATA (tests/data) and the
# shared conformance corpus through STAGECRAFT_CORPUS_DIR.
set(STAGECRAFT_CORPUS_DIR "${CMAKE_SOURCE_DIR}/../shared/corpus" CACHE PATH "BuildKit conformance corpus")

function(stagecraft_add_test)
  cmake_parse_arguments(T "" "NAME" "SOURCES;LIBS;LABELS;ENV" ${ARGN})
  set(target tst_${T_NAME})
  add_executable(${target} ${T_SOURCES})
  target_link_libraries(${target} PRIVATE Qt6::Test stagecraft_options ${T_LIBS})
  target_compile_definitions(${target} PRIVATE
    STAGECRAFT_TEST_DATA="${CMAKE_SOURCE_DIR}/tests/data"
    STAGECRAFT_SOURCE_DIR="${CMAKE_SOURCE_DIR}"
    STAGECRAFT_CORPUS_DIR="${STAGECRAFT_CORPUS_DIR}"
    STAGECRAFT_BINARY_DIR="${CMAKE_BINARY_DIR}")
  add_test(NAME ${T_NAME} COMMAND ${target})
  set_tests_properties(${T_NAME} PROPERTIES
    ENVIRONMENT "QT_QPA_PLATFORM=offscreen;${T_ENV}"
    LABELS "${T_LABELS}")
endfunction()
