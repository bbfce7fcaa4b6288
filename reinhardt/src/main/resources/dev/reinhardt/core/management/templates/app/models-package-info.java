/**
 * The models of the {{ app_name }} app: each concrete model class here is registered
 * when the app is installed.
 */
package {{ package }}.models;
