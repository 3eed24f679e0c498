# Renders one demo (a left exercise, so its right partner's mirror too) twice
# into fresh folders and fails unless every video and poster is the same bytes.
# Run by ctest as demos_render_the_same_bytes_twice.
foreach(run a b)
  file(REMOVE_RECURSE ${OUT}/${run})
  execute_process(COMMAND ${RENDERER} render --packs ${PACKS} --out ${OUT}/${run} --only neck-turn-left --jobs 1
                  RESULT_VARIABLE status OUTPUT_QUIET)
  if(NOT status EQUAL 0)
    message(FATAL_ERROR "limber-demos render failed (${status})")
  endif()
endforeach()
foreach(file videos/neck-turn-left.webm videos/neck-turn-left.webp videos/neck-turn-right.webm videos/neck-turn-right.webp)
  if(NOT EXISTS ${OUT}/a/${file})
    message(FATAL_ERROR "${file} was not written")
  endif()
  execute_process(COMMAND ${CMAKE_COMMAND} -E compare_files ${OUT}/a/${file} ${OUT}/b/${file} RESULT_VARIABLE differ)
  if(NOT differ EQUAL 0)
    message(FATAL_ERROR "${file} differs between two renders of the same motion")
  endif()
endforeach()
message(STATUS "two renders of neck-turn-left gave the same bytes")
