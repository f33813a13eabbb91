package org.madang.kiosk.ui.view.survey;

import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.layout.Region;

/**
 * Answer rows in as few columns as let every row show without scrolling: one column when the
 * height allows, else two or three side by side. A resident must never have to discover that a
 * list scrolls to find the answer they want.
 */
final class AnswerGrid extends Region {

    private final int maxColumns;

    AnswerGrid(List<? extends Node> rows, int maxColumns) {
        this.maxColumns = maxColumns;
        getChildren().setAll(rows);
        getStyleClass().add("survey-grid");
    }

    // The gap between rows: a fraction of a row, so it scales with the text like the CSS sizes.
    private static double gap(double rowHeight) {
        return Math.round(rowHeight * 0.08);
    }

    private double rowHeight(double columnWidth) {
        double height = 0;
        // Measured a little narrower than laid out: a button with a graphic under-counts the lines
        // its words wrap to, and a row too short cuts them off with "...".
        double measured = columnWidth * 0.9;
        for (Node child : getManagedChildren()) {
            height = Math.max(height, Math.max(child.minHeight(measured), child.prefHeight(measured)));
        }
        return height;
    }

    private double heightWith(int columns, double width) {
        int n = getManagedChildren().size();
        if (n == 0) {
            return 0;
        }
        double columnWidth = width / columns;
        double row = rowHeight(columnWidth);
        int rows = (n + columns - 1) / columns;
        return rows * row + (rows - 1) * gap(row);
    }

    private int columnsFor(double width, double height) {
        int best = 1;
        double bestHeight = Double.MAX_VALUE;
        for (int columns = 1; columns <= maxColumns; columns++) {
            double needed = heightWith(columns, width);
            if (needed <= height) {
                return columns;
            }
            // Nothing fits: the fewest rows overflowing least.
            if (needed < bestHeight) {
                best = columns;
                bestHeight = needed;
            }
        }
        return best;
    }

    // Row heights depend on the width (answers wrap): the parent must pass the width it gives.
    @Override
    public javafx.geometry.Orientation getContentBias() {
        return javafx.geometry.Orientation.HORIZONTAL;
    }

    @Override
    protected double computePrefHeight(double width) {
        Insets in = getInsets();
        double inner = width < 0 ? 600 : width - in.getLeft() - in.getRight();
        return heightWith(1, inner) + in.getTop() + in.getBottom();
    }

    @Override
    protected double computeMinHeight(double width) {
        Insets in = getInsets();
        double inner = width < 0 ? 600 : width - in.getLeft() - in.getRight();
        double least = Double.MAX_VALUE;
        for (int columns = 1; columns <= maxColumns; columns++) {
            least = Math.min(least, heightWith(columns, inner));
        }
        return least + in.getTop() + in.getBottom();
    }

    @Override
    protected void layoutChildren() {
        Insets in = getInsets();
        double width = getWidth() - in.getLeft() - in.getRight();
        double height = getHeight() - in.getTop() - in.getBottom();
        int columns = columnsFor(width, height);
        List<Node> children = getManagedChildren();
        double probe = rowHeight(width / columns);
        double gap = gap(probe);
        double columnWidth = (width - gap * (columns - 1)) / columns;
        double row = rowHeight(columnWidth);
        for (int i = 0; i < children.size(); i++) {
            double x = in.getLeft() + (i % columns) * (columnWidth + gap);
            double y = in.getTop() + (i / columns) * (row + gap);
            children.get(i).resizeRelocate(snapPositionX(x), snapPositionY(y), snapSizeX(columnWidth), snapSizeY(row));
        }
        getProperties().put("columns", columns);
    }
}
