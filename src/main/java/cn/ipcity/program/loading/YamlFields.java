package cn.ipcity.program.loading;

import cn.ipcity.program.ProgramFileError;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Typed access to a YAML mapping that reports every problem with its line, instead of failing at the first.
 * Keys not in the expected set are reported too, so that a misspelt field cannot silently vanish.
 */
final class YamlFields {

    private final String file;
    private final Node node;
    private final Map<String, NodeTuple> entries = new LinkedHashMap<>();
    private final List<ProgramFileError> errors;

    private YamlFields(String file, Node node, List<ProgramFileError> errors) {
        this.file = file;
        this.node = node;
        this.errors = errors;
        if (node instanceof MappingNode mapping) {
            for (NodeTuple tuple : mapping.getValue()) {
                String key = tuple.getKeyNode() instanceof ScalarNode s ? s.getValue() : "?";
                if (entries.put(key, tuple) != null) {
                    error(tuple.getKeyNode(), "duplicate field '" + key + "'");
                }
            }
        }
    }

    /** Returns null (after reporting) when the node is not a mapping. */
    static YamlFields of(String file, Node node, String what, List<ProgramFileError> errors, List<String> allowed) {
        if (!(node instanceof MappingNode)) {
            errors.add(new ProgramFileError(file, line(node), what + " must be a mapping of fields"));
            return null;
        }
        YamlFields fields = new YamlFields(file, node, errors);
        fields.entries.forEach((key, tuple) -> {
            if (!allowed.contains(key)) {
                fields.error(
                        tuple.getKeyNode(),
                        "unknown field '" + key + "' in " + what + " (allowed: " + String.join(", ", allowed) + ")");
            }
        });
        return fields;
    }

    /**
     * True for a value that says nothing: an empty value, a YAML null ({@code ~}, {@code null}) or text of
     * whitespace only (including ideographic and no-break spaces, which would match anywhere in a source document).
     */
    static boolean isAbsent(Node node) {
        return node == null
                || (node instanceof ScalarNode s
                        && (Tag.NULL.equals(s.getTag())
                                || ProgramFileReader.withoutWhitespace(s.getValue())
                                        .isEmpty()));
    }

    static int line(Node node) {
        return node == null ? 1 : node.getStartMark().getLine() + 1;
    }

    int line() {
        return line(node);
    }

    int line(String key) {
        NodeTuple tuple = entries.get(key);
        return tuple == null ? line() : line(tuple.getValueNode());
    }

    void error(Node at, String reason) {
        errors.add(new ProgramFileError(file, line(at), reason));
    }

    void error(String key, String reason) {
        errors.add(new ProgramFileError(file, line(key), reason));
    }

    boolean has(String key) {
        return !isAbsent(node(key));
    }

    Node node(String key) {
        NodeTuple tuple = entries.get(key);
        return tuple == null ? null : tuple.getValueNode();
    }

    String string(String key, boolean required) {
        Node value = node(key);
        if (isAbsent(value)) {
            if (required) {
                error(key, "missing required field '" + key + "'");
            }
            return null;
        }
        if (!(value instanceof ScalarNode scalar)) {
            error(value, "field '" + key + "' must be a single value");
            return null;
        }
        return scalar.getValue().strip();
    }

    LocalDate date(String key, boolean required) {
        String text = string(key, required);
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            error(key, "field '" + key + "' is not a date in the form YYYY-MM-DD: '" + text + "'");
            return null;
        }
    }

    BigDecimal decimal(String key, boolean required) {
        String text = string(key, required);
        if (text == null) {
            return null;
        }
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException e) {
            error(key, "field '" + key + "' is not a number: '" + text + "'");
            return null;
        }
    }

    <E extends Enum<E>> E enumValue(String key, Class<E> type, String what, boolean required) {
        String text = string(key, required);
        if (text == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, text);
        } catch (IllegalArgumentException e) {
            String allowed =
                    Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
            error(key, "unknown " + what + " '" + text + "' (expected one of: " + allowed + ")");
            return null;
        }
    }

    /** The items of a list field; reports a field that is present but not a list. */
    List<Node> list(String key, boolean required) {
        Node value = node(key);
        if (isAbsent(value)) {
            if (required) {
                error(key, "missing required list '" + key + "'");
            }
            return List.of();
        }
        if (!(value instanceof SequenceNode sequence)) {
            error(value, "field '" + key + "' must be a list");
            return List.of();
        }
        return sequence.getValue();
    }

    /**
     * A list of plain names none of which may appear twice; a repeat is reported at its own line as
     * {@code repeated: 'name'} and left out.
     */
    List<String> distinctStrings(String key, boolean required, String repeated) {
        List<String> names = new ArrayList<>();
        for (Node item : list(key, required)) {
            String name = plainName(key, item);
            if (name != null && names.contains(name)) {
                error(item, repeated + ": '" + name + "'");
            } else if (name != null) {
                names.add(name);
            }
        }
        return names;
    }

    private String plainName(String key, Node item) {
        if (item instanceof ScalarNode s && !isAbsent(s)) {
            return s.getValue().strip();
        }
        error(item, "'" + key + "' must list plain names");
        return null;
    }

    <T> T nested(String key, Function<Node, T> reader) {
        Node value = node(key);
        return value == null ? null : reader.apply(value);
    }
}
