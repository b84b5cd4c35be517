package org.evofit.cli;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParseResult;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.ParserConfiguration.LanguageLevel;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.BodyDeclaration;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.CompactConstructorDeclaration;
import com.github.javaparser.ast.body.EnumConstantDeclaration;
import com.github.javaparser.ast.body.InitializerDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.nodeTypes.NodeWithSimpleName;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The methods, constructors and initializers of one Java source file with the lines each spans,
 * from its signature (annotations and Javadoc not counted) to its closing brace, read with
 * JavaParser so that braces in literals, comments and lambdas cannot confuse the count.
 */
final class MethodSpans {

    /** One member with a body: {@code type} is the enclosing type, enum constant or "anonymous". */
    record Span(String type, String name, int firstLine, int lastLine) {
        int lines() {
            return lastLine - firstLine + 1;
        }
    }

    private static final JavaParser PARSER =
            new JavaParser(new ParserConfiguration().setLanguageLevel(LanguageLevel.JAVA_17));

    private MethodSpans() {
    }

    /**
     * Every member body of {@code source}, nested and anonymous types' members included, in order of
     * their end.
     *
     * @throws IllegalArgumentException if the source does not parse
     */
    static List<Span> of(String source) {
        ParseResult<CompilationUnit> parsed = PARSER.parse(source);
        CompilationUnit unit = parsed.getResult().filter(u -> parsed.isSuccessful())
                .orElseThrow(() -> new IllegalArgumentException("does not parse: " + parsed.getProblems()));
        return unit.findAll(BodyDeclaration.class).stream()
                .filter(MethodSpans::hasBody)
                .map(MethodSpans::span)
                .sorted(Comparator.comparingInt(Span::lastLine))
                .toList();
    }

    private static boolean hasBody(BodyDeclaration<?> member) {
        if (member instanceof MethodDeclaration method) {
            return method.getBody().isPresent();
        }
        return member instanceof CallableDeclaration<?> || member instanceof CompactConstructorDeclaration
                || member instanceof InitializerDeclaration;
    }

    private static Span span(BodyDeclaration<?> member) {
        String name = member instanceof NodeWithSimpleName<?> named ? named.getNameAsString() : "<init>";
        int first = signatureLine(member);
        int last = member.getEnd().orElseThrow().line;
        return new Span(enclosingType(member), name, first, last);
    }

    /** The line of the first modifier, type parameter, type or name: after the annotations. */
    private static int signatureLine(BodyDeclaration<?> member) {
        return member.getChildNodes().stream()
                .filter(child -> !(child instanceof com.github.javaparser.ast.expr.AnnotationExpr))
                .map(Node::getBegin)
                .flatMap(Optional::stream)
                .mapToInt(position -> position.line)
                .min()
                .orElse(member.getBegin().orElseThrow().line);
    }

    private static String enclosingType(Node member) {
        Optional<Node> parent = member.getParentNode();
        while (parent.isPresent()) {
            Node node = parent.get();
            if (node instanceof TypeDeclaration<?> type) {
                return type.getNameAsString();
            }
            if (node instanceof EnumConstantDeclaration constant) {
                return constant.getNameAsString();
            }
            if (node instanceof ObjectCreationExpr) {
                return "anonymous";
            }
            parent = node.getParentNode();
        }
        return "?";
    }
}
