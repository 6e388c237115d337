package org.talksrecord.endpoint;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.talksrecord.common.ErrorCodes;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

import graphql.language.Document;
import graphql.language.SourceLocation;
import graphql.parser.InvalidSyntaxException;
import graphql.parser.Parser;
import graphql.parser.ParserEnvironment;
import graphql.parser.ParserOptions;
import graphql.parser.exceptions.ParseCancelledException;
import graphql.schema.GraphQLSchema;
import graphql.validation.ValidationError;
import graphql.validation.Validator;

/**
 * Parses and validates documents against the served schema, once per distinct document text: the most recently
 * used ones stay prepared. A document that does not parse or validate is refused with coded errors.
 */
@ApplicationScoped
public class Documents {

    private static final int CAPACITY = 2000;
    // graphql-java names argument values by their syntax tree, e.g. StringValue{value='x'}: clients get our words
    private static final Pattern PREFIX = Pattern.compile("^Validation error \\([^)]*\\) : ");
    private static final Pattern SYNTAX_TREE = Pattern.compile("\\b[A-Z][A-Za-z]*\\{[^{}]*}");
    private static final Pattern ARGUMENT_VALUE = Pattern.compile("^argument '([^']*)' with value '.*' "
            + "(is not a valid '[^']*'|must not be null|must be an object type|is missing required fields '[^']*'"
            + "|contains a field not in '[^']*': '[^']*')(?: - .*)?$", Pattern.DOTALL);

    private final Instance<GraphQLSchema> schema;
    private final ParserOptions parserOptions;
    private final Cache<String, PreparedDocument> prepared = Caffeine.newBuilder().maximumSize(CAPACITY).build();

    public Documents(Instance<GraphQLSchema> schema,
            @ConfigProperty(name = "talks.max-parser-tokens") int maxParserTokens) {
        this.schema = schema;
        this.parserOptions = ParserOptions.getDefaultOperationParserOptions()
                .transform(options -> options.maxTokens(maxParserTokens));
    }

    PreparedDocument prepare(String text) {
        PreparedDocument known = prepared.getIfPresent(text);
        if (known != null) {
            return known;
        }
        Document document = parse(text);
        validate(document);
        PreparedDocument fresh = new PreparedDocument(document);
        prepared.put(text, fresh);
        return fresh;
    }

    GraphQLSchema schema() {
        return schema.get();
    }

    private Document parse(String text) {
        if (text.isBlank()) {
            throw RequestError.refused(ErrorCodes.GRAPHQL_PARSE_FAILED, "The document is empty.", "query");
        }
        try {
            return new Parser().parseDocument(ParserEnvironment.newParserEnvironment().document(text)
                    .parserOptions(parserOptions).build());
        } catch (ParseCancelledException e) {
            throw RequestError.refused(ErrorCodes.GRAPHQL_PARSE_FAILED, "The document has more than "
                    + parserOptions.getMaxTokens() + " tokens, the most this service parses.", "query");
        } catch (InvalidSyntaxException e) {
            SourceLocation at = e.getLocation();
            String where = at == null ? "" : " at line " + at.getLine() + ", column " + at.getColumn();
            String token = e.getOffendingToken() == null ? "" : " near '" + e.getOffendingToken() + "'";
            throw RequestError.refused(new JsonArray().add(RequestError.error(ErrorCodes.GRAPHQL_PARSE_FAILED,
                    "Syntax error" + where + token + ".", null, at == null ? null : List.of(at))));
        }
    }

    private void validate(Document document) {
        GraphQLSchema served = schema.get();
        List<ValidationError> invalid;
        try {
            invalid = new Validator().validateDocument(served, document, Locale.ENGLISH);
        } catch (RuntimeException e) {
            // a document the validator itself trips over is no valid document either
            throw RequestError.refused(ErrorCodes.GRAPHQL_VALIDATION_FAILED,
                    "The document cannot be validated against this schema.", null);
        }
        JsonArray errors = new JsonArray();
        invalid.forEach(error -> errors.add(shaped(error)));
        if (errors.isEmpty()) {
            LiteralChecks.of(served, document).forEach(errors::add);
        }
        if (!errors.isEmpty()) {
            throw RequestError.refused(errors);
        }
    }

    private static JsonObject shaped(ValidationError error) {
        String description = PREFIX.matcher(error.getDescription()).replaceFirst("");
        Matcher argument = ARGUMENT_VALUE.matcher(description);
        if (argument.matches()) {
            return RequestError.error(ErrorCodes.GRAPHQL_VALIDATION_FAILED,
                    "Argument '" + argument.group(1) + "' " + argument.group(2) + ".", argument.group(1),
                    error.getLocations());
        }
        String plain = description;
        for (String previous = null; !plain.equals(previous);) {
            previous = plain;
            plain = SYNTAX_TREE.matcher(plain).replaceAll("the value");
        }
        String message = Character.toUpperCase(plain.charAt(0)) + plain.substring(1);
        return RequestError.error(ErrorCodes.GRAPHQL_VALIDATION_FAILED, message, null, error.getLocations());
    }
}
