/**
 * The reference shop project.
 */
package shop;
