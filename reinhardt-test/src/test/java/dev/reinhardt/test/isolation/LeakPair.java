package dev.reinhardt.test.isolation;

import dev.reinhardt.test.library.models.Book;
import dev.reinhardt.test.library.models.Member;
import org.junit.jupiter.api.MethodDescriptor;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.MethodOrdererContext;
import org.junit.jupiter.api.Test;

import java.util.Comparator;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two tests that write rows and never clean up, each checking first that it
 * sees none of the other's. Subclasses run them in both orders and in both
 * isolation modes: whichever runs second proves the first left nothing behind.
 */
public abstract class LeakPair {

    /** Runs the tests in reverse alphabetical order, where {@link MethodOrderer.MethodName} runs them forwards. */
    public static final class ReverseMethodName implements MethodOrderer {
        @Override
        public void orderMethods(MethodOrdererContext context) {
            context.getMethodDescriptors().sort(
                    Comparator.comparing((MethodDescriptor method) -> method.getMethod().getName()).reversed());
        }
    }

    @Test
    void aCreatesThreeBooksAndLeavesThem() {
        assertThat(Book.objects.count()).isZero();
        assertThat(Member.objects.count()).isZero();

        Book.create("Dune", 412);
        Book.create("Emma", 474);
        Book.create("Ulysses", 730);

        assertThat(Book.objects.count()).isEqualTo(3);
    }

    @Test
    void bCreatesAMemberAndABookAndLeavesThem() {
        assertThat(Book.objects.count()).isZero();
        assertThat(Member.objects.count()).isZero();

        Member.create("Ann", "ann@example.com");
        Book.create("Dune", 412);

        assertThat(Book.objects.filter("title", "Dune").count()).isEqualTo(1);
    }
}
