package cn.shangliang.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Which pairs the full-text index is asked for, from how often each was seen in the sample of comments. */
class CommentSearchPlanTest {

    private static String against(int... counts) {
        List<String> grams = List.of("aaaaaaaa", "bbbbbbbb", "cccccccc", "dddddddd").subList(0, counts.length);
        return CommentSearch.against(new CommentSearch.Sample(0, grams, counts));
    }

    @Test
    void rarePairsAreAskedRarestFirstAndCommonOnesLeftToLike() {
        // 编号99999 in the benchmark: 编号 in most comments, 号9 in some, 99 in few
        assertEquals("+cccccccc +bbbbbbbb", against(301, 33, 8));
        assertEquals("+bbbbbbbb +aaaaaaaa +cccccccc", against(2, 0, 5));
        assertEquals("+aaaaaaaa +bbbbbbbb", against(CommentSearch.COMMON_PAIR, CommentSearch.COMMON_PAIR, CommentSearch.COMMON_PAIR + 1));
    }

    @Test
    void whenEveryPairIsCommonTheRarestOneIsStillAsked() {
        assertEquals("+dddddddd", against(400, 390, 395, 200));
        assertEquals("+aaaaaaaa", against(400, 400));
    }
}
