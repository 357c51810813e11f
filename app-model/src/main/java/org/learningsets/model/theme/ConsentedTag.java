package org.learningsets.model.theme;

/** A theme tagged on an issue whose holder consented to the summary: the theme's name, the holder, the issue. */
public record ConsentedTag(String theme, String holderId, String issueId) {}
