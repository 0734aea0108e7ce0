package org.gatherlab.scenario;

/**
 * Where in a file a {@link Problem} is: a JSON path once the text is JSON, a line and column while it is not.
 * {@code toString()} is the form printed between the file label and the message.
 */
public sealed interface Location permits JsonPath, TextPosition {
}
