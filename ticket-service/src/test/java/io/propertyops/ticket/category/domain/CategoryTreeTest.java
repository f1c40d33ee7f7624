package io.propertyops.ticket.category.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.propertyops.starter.domain.RuleViolationException;
import java.util.List;
import org.junit.jupiter.api.Test;

class CategoryTreeTest {

    @Test
    void aSubjectBelongsToItsTradeAndATradeToItself() {
        CategoryTree tree = CategoryTree.standard("cuihu");

        assertThat(tree.tradeOf("plumbing-leak")).isEqualTo("plumbing");
        assertThat(tree.tradeOf("elevator")).isEqualTo("elevator");
        assertThatThrownBy(() -> tree.tradeOf("teleportation")).isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("teleportation");
    }

    @Test
    void inactiveCategoriesTakeNoNewWorkButExistingWorkKeepsItsTrade() {
        CategoryTree tree = new CategoryTree("cuihu", List.of(new Category("plumbing", "给排水", true, List.of(
                new Category("plumbing-well", "水井", false, List.of())))));

        assertThatThrownBy(() -> tree.tradeOf("plumbing-well")).isInstanceOf(RuleViolationException.class);
        assertThat(tree.tradeOfExisting("plumbing-well")).isEqualTo("plumbing");
        assertThat(tree.tradeOfExisting("long-gone")).isEqualTo("long-gone");
    }

    @Test
    void codesAreUniqueWellFormedAndTwoLevelsDeep() {
        Category leak = Category.subject("plumbing-leak", "漏水");
        assertThatThrownBy(() -> new CategoryTree("c", List.of(Category.trade("plumbing", "给排水", leak),
                Category.trade("electrical", "电气", leak)))).hasMessageContaining("twice");
        assertThatThrownBy(() -> new CategoryTree("c", List.of(Category.trade("Plumbing", "给排水"))))
                .isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> new CategoryTree("c", List.of(new Category("plumbing", "给排水", true,
                List.of(new Category("plumbing-leak", "漏水", true, List.of(Category.subject("deeper", "更深"))))))))
                .hasMessageContaining("two levels");
        assertThatThrownBy(() -> new CategoryTree("c", List.of())).isInstanceOf(RuleViolationException.class);
    }
}
